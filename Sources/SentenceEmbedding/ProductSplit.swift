/// How many output columns each `cblas_sgemm` call of a linear layer covers, so that a short text's
/// matrix products reach OpenBLAS's small-matrix kernels.
///
/// For a short text the products are skinny (10 token rows against a 384 × 1536 weight matrix), and
/// OpenBLAS's general path spends most of its time packing the weights into its own blocked layout on
/// every call: `perf` put 61 % of a 10-token forward pass in `sgemm_incopy_SKYLAKEX`. Its SkylakeX and
/// Cooperlake kernels have a small-matrix path that reads both operands in place, which OpenBLAS 0.3.21
/// takes for this product (`A · Bᵀ` row-major, `TN` once OpenBLAS has turned it column-major) only when
/// the output block is at most 1,200 cells and at most 10⁶ multiply-adds (its
/// `sgemm_small_kernel_permit`). Splitting the weight matrix by output rows (contiguous, no copies) into
/// blocks that fit made each product 1.05–3.1× faster for 4–16 tokens, and slower from about 20 tokens on,
/// where the blocks get too thin; on the Haswell kernel, which has no such path, it made no difference
/// (bench/README.md, "Sentence embedding"). Past `maximumTokens` a product is one call.
package enum ProductSplit {
    /// The most tokens for which a product is split.
    package static let maximumTokens = 16
    /// The largest output block (tokens × columns) OpenBLAS 0.3.21's small-matrix path accepts for this product.
    package static let maximumOutputCells = 1200
    /// The most multiply-adds (tokens × columns × input width) that path accepts.
    package static let maximumMultiplyAdds = 1_000_000
    /// Blocks are a multiple of this many columns when they can be: the SkylakeX kernels work on 16 floats at once.
    package static let columnAlignment = 16

    /// The output columns per `sgemm` call for `tokens` rows of width `inputWidth` against `outputWidth`
    /// outputs: `outputWidth` (one call) past `maximumTokens`, else the widest block that fits both limits.
    ///
    /// - Precondition: every argument is positive.
    package static func columnsPerCall(tokens: Int, inputWidth: Int, outputWidth: Int) -> Int {
        precondition(tokens > 0 && inputWidth > 0 && outputWidth > 0)
        guard tokens <= maximumTokens else { return outputWidth }
        let fitting = min(maximumOutputCells / tokens, maximumMultiplyAdds / (tokens * inputWidth))
        let aligned = fitting >= columnAlignment ? fitting - fitting % columnAlignment : fitting
        return min(outputWidth, max(1, aligned))
    }
}
