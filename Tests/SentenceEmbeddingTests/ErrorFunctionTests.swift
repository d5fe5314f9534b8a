import Glibc
import SentenceEmbedding
import Testing

/// The rational erf of the GELU against glibc's `erff`.
@Suite struct ErrorFunctionTests {
    @Test func staysWithin5e7OfGlibcErffFromMinus6To6() {
        var worst: Float = 0
        var worstAt: Float = 0
        for step in -60_000...60_000 {
            let x = Float(step) / 10_000
            let error = abs(ErrorFunction.erf(x) - erff(x))
            if error > worst { (worst, worstAt) = (error, x) }
        }
        #expect(worst < 5e-7, "largest error \(worst) at \(worstAt)")
    }

    @Test func isOddAndSaturatesAtOne() {
        for x: Float in [0.001, 0.3, 1, 2.5, 3.9] {
            #expect(ErrorFunction.erf(-x) == -ErrorFunction.erf(x))
        }
        #expect(ErrorFunction.erf(0) == 0)
        for x: Float in [4, 5, 40, 1e6, .greatestFiniteMagnitude] {
            #expect(abs(ErrorFunction.erf(x) - 1) < 5e-7)
            #expect(abs(ErrorFunction.erf(-x) + 1) < 5e-7)
        }
    }
}
