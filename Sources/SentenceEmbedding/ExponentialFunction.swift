/// `exp` for attention's softmax, written so the compiler can vectorise the loop that calls it.
///
/// At 256 tokens a forward pass takes 4.7 million exponentials (12 heads × 256² per layer); as one
/// glibc `expf` call each, with the scalar loops around them, the softmax was about 30 % of the pass
/// under `perf`. This is the usual range reduction: x = k · ln 2 + r with k an integer (rounded by
/// the 1.5 · 2²³ addition, which needs no rounding instruction) and |r| ≤ ln 2 / 2, e^r from its Taylor
/// polynomial to r⁶ (the next term is below 1.3 · 10⁻⁷ relative), and 2^k put straight into the
/// exponent bits. Arguments are clamped to [−87, 88], so 2^k is always a normal float and the result
/// is finite and positive; softmax only ever passes values ≤ 0, where e^−87 (about 1.6 · 10⁻³⁸) is as
/// good as zero next to the row's largest term, 1. Relative error against glibc's `expf` is below
/// 3 · 10⁻⁷ (`ExponentialFunctionTests`).
package enum ExponentialFunction {
    /// e^`x` for finite `x`, with a relative error below 3 · 10⁻⁷ on [−87, 88].
    @inline(__always)
    package static func exp(_ x: Float) -> Float {
        let clamped = min(max(x, -87), 88)
        let shifter: Float = 12_582_912  // 1.5 · 2²³: adding it rounds to an integer
        let shifted = clamped * 1.442_695_04 + shifter
        let k = shifted - shifter
        // ln 2 split in two so that k · ln2High is exact.
        let r = (clamped - k * 0.693_145_75) - k * 1.428_606_8e-6
        var p: Float = 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        // The shifted value's low mantissa bits are k itself (its bits are 1.5 · 2²³'s plus k): adding
        // the exponent bias and shifting them into place makes 2^k with wrapping, check-free integer
        // operations that vectorise, where a conversion of k to an integer would be checked.
        let scale = Float(bitPattern: (shifted.bitPattern &- shifter.bitPattern &+ 127) &<< 23)
        return p * scale
    }
}
