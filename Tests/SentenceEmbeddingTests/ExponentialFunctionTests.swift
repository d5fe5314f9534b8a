import Glibc
import SentenceEmbedding
import Testing

/// The softmax's `exp` against glibc's `expf`.
@Suite struct ExponentialFunctionTests {
    @Test func staysWithin3e7RelativeOfGlibcExpfFromMinus87To88() {
        var worst: Float = 0
        var worstAt: Float = 0
        for step in -870_000...880_000 {
            let x = Float(step) / 10_000
            let reference = expf(x)
            let error = abs(ExponentialFunction.exp(x) - reference) / reference
            if error > worst { (worst, worstAt) = (error, x) }
        }
        #expect(worst < 3e-7, "largest relative error \(worst) at \(worstAt)")
    }

    @Test func isExactWhereItShouldBeAndClampsOutsideTheRange() {
        #expect(ExponentialFunction.exp(0) == 1)
        #expect(ExponentialFunction.exp(-1000) > 0)
        #expect(ExponentialFunction.exp(-1000) == ExponentialFunction.exp(-87))
        #expect(ExponentialFunction.exp(1000).isFinite)
        #expect(ExponentialFunction.exp(-.greatestFiniteMagnitude) < 1e-37)
    }
}
