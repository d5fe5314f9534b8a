/// The Gauss error function of exact GELU, as a rational function the compiler can vectorise.
///
/// glibc's `erff` is a call per element, with branches, that no loop vectorises: `perf` put 10 % of a
/// 10-token forward pass in it (92,160 calls per pass; 2.4 million at 256 tokens). This is
/// `x · P(x²) / Q(x²)` with P and Q of degree 5, fitted for this project by iteratively reweighted linear
/// least squares (Sanathanan–Koerner) on 20,000 points of (0, 4], where erf(4) = 1 − 1.5 · 10⁻⁸; beyond
/// ±4 it is clamped. Its largest absolute error against glibc's `erff`, in `Float` arithmetic, is below
/// 5 · 10⁻⁷ on all of [−6, 6] (`ErrorFunctionTests`), about eight times the rounding step of a float
/// near 1: far below what the parity test against sentence-transformers can see. Q ≥ 1 for every x, so
/// the division is safe.
package enum ErrorFunction {
    /// erf(`x`) for finite `x`, with an absolute error below 5 · 10⁻⁷.
    @inline(__always)
    package static func erf(_ x: Float) -> Float {
        let clamped = min(max(x, -4), 4)
        let s = clamped * clamped
        var p: Float = 2.02728657e-06
        p = p * s + 0.000286187997
        p = p * s + 0.00384470628
        p = p * s + 0.052981763
        p = p * s + 0.192308194
        p = p * s + 1.12837905
        var q: Float = 3.79285561e-05
        q = q * s + 0.00118105741
        q = q * s + 0.0151244289
        q = q * s + 0.114879536
        q = q * s + 0.503760598
        q = q * s + 1
        return clamped * p / q
    }
}
