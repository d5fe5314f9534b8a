/// How many output columns each `cblas_sgemm` call of a linear layer covers, so that a query's matrix
/// products reach OpenBLAS's small-matrix kernels.
///
/// For a query the products are skinny (10–40 token rows against a `[384, 1536]` weight), and
/// OpenBLAS's general path spends most of its time packing the weights into its own blocked layout on
/// every call: `perf` put 61 % of a 10-token forward pass in `sgemm_incopy_SKYLAKEX`. Its SkylakeX and
/// Cooperlake kernels have a small-matrix path that reads both operands in place. For this product
/// (`A · W`, row-major, with the weight transposed at load by `LinearWeight`, `NN` once OpenBLAS has
/// turned it column-major) OpenBLAS 0.3.21 takes that path when a call is at most 10⁶ multiply-adds
/// (its `sgemm_small_kernel_permit`). Splitting the weight by output columns (an offset into each row,
/// no copies) into blocks that fit made a 17–40-token forward pass 10–30 % faster than one packed call
/// and kept shorter ones as fast as before; from about 48 tokens the blocks get too thin to win
/// (bench/README.md, "Sentence embedding"). On the Haswell kernel, which has no such path, the split
/// makes no difference. Past `maximumTokens` a product is one call.
package enum ProductSplit {
    /// The most tokens for which a product is split.
    package static let maximumTokens = 40
    /// The most multiply-adds (tokens × columns × input width) the small-matrix path accepts.
    package static let maximumMultiplyAdds = 1_000_000
    /// Blocks are a multiple of this many columns when they can be: the SkylakeX kernels work on 16 floats at once.
    package static let columnAlignment = 16

    /// The output columns per `sgemm` call for `tokens` rows of width `inputWidth` against `outputWidth`
    /// outputs: `outputWidth` (one call) past `maximumTokens`, else the widest block that fits the limit.
    ///
    /// - Precondition: every argument is positive.
    package static func columnsPerCall(tokens: Int, inputWidth: Int, outputWidth: Int) -> Int {
        precondition(tokens > 0 && inputWidth > 0 && outputWidth > 0)
        guard tokens <= maximumTokens else { return outputWidth }
        let fitting = maximumMultiplyAdds / (tokens * inputWidth)
        let aligned = fitting >= columnAlignment ? fitting - fitting % columnAlignment : fitting
        return min(outputWidth, max(1, aligned))
    }
}
