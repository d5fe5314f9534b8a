/// How the forward pass lays out a text's activations and cuts each linear layer's product into
/// `cblas_sgemm` calls, so that a short text's products reach OpenBLAS's small-matrix kernels while
/// the weights are read in place from the mapped file.
///
/// The activations are feature-major, `[features, lanes]`, so a linear layer is `out = W · in` with
/// PyTorch's `[out, in]` weight as it lies in the file: a row-major `NN` product, which OpenBLAS runs
/// column-major as `NN` with the lanes as `M`. For the short texts of hybrid search OpenBLAS's general
/// path spends most of its time packing the weights on every call (`perf`: 61 % of a 10-token pass in
/// `sgemm_incopy`); its SkylakeX small-matrix kernels read both operands in place, and OpenBLAS 0.3.21
/// takes them for `NN` whenever a call has at most 10⁶ multiply-adds (`sgemm_small_kernel_permit`; for
/// the token-major `A · Wᵀ`, `TN` to OpenBLAS, it also asks for at most 1,200 output cells, which kept
/// that layout's split to 16 tokens). So the weight matrix is cut by rows (contiguous, no copies) into
/// blocks under that limit, for texts of up to `maximumTokens`.
///
/// The `NN` kernel works on 64, 32 and 16 lanes at a time and is slower per lane on what is left (up
/// to 8 lanes go through a dot-product path that copies them first), so some token counts get their
/// lanes padded: 5–16 tokens to 16, and a count a few short of a multiple of 32 up to it. A C benchmark
/// of a pass's 36 products on the mapped weights put 6 and 8 tokens at 6.1–6.3 ms padded against
/// 7.0–7.3 unpadded, and 26–30 tokens at 8.7–9.3 against 9.7–10.9, while 17–22 were faster unpadded.
/// Padding lanes hold finite values that never reach a real token: every product and normalisation
/// is per lane, and attention reads only the real ones.
///
/// Kernels without such a path (`Haswell`, `Prescott`) get one call per product and no padding: split,
/// the same benchmark was up to 3× slower on `Haswell` at 48–256 tokens.
package struct ProductSplit: Sendable {
    /// The most tokens for which products are split: past about 100 one call was as fast or faster.
    package static let maximumTokens = 96
    /// The most multiply-adds (lanes × rows × input width) OpenBLAS 0.3.21's small-matrix path accepts.
    package static let maximumMultiplyAdds = 1_000_000
    /// Blocks are a multiple of this many weight rows when they can be.
    package static let rowAlignment = 16
    /// Lanes are padded up to a multiple of this when the remainder is past `paddedRemainder`.
    package static let laneBlock = 32
    /// The largest remainder (token count modulo `laneBlock`) left unpadded.
    package static let paddedRemainder = 22
    /// Texts of at most this many tokens keep their lanes; longer ones up to 16 get 16.
    package static let unpaddedShortTokens = 4
    /// The OpenBLAS cores (`openblas_get_corename()`, compared case-insensitively) with the small-matrix path.
    package static let smallKernelCores: Set<String> = ["skylakex", "cooperlake", "sapphirerapids"]

    /// Whether the loaded kernel has the small-matrix path, so that splitting pays.
    package let splits: Bool

    /// The split for the OpenBLAS kernel called `coreName`.
    package init(coreName: String) {
        splits = Self.smallKernelCores.contains(coreName.lowercased())
    }

    /// The columns of every activation matrix for a text of `tokens` tokens: when splitting, 16 for
    /// 5–16 tokens and the next multiple of `laneBlock` when the remainder is past `paddedRemainder`;
    /// else `tokens`.
    ///
    /// - Precondition: `tokens` is positive.
    package func lanes(tokens: Int) -> Int {
        precondition(tokens > 0)
        guard splits, tokens <= Self.maximumTokens else { return tokens }
        if tokens <= Self.laneBlock / 2 { return tokens <= Self.unpaddedShortTokens ? tokens : Self.laneBlock / 2 }
        let remainder = tokens % Self.laneBlock
        return remainder > Self.paddedRemainder ? tokens - remainder + Self.laneBlock : tokens
    }

    /// The weight rows per `sgemm` call for `lanes` lanes of width `inputWidth` against `outputWidth`
    /// rows: `outputWidth` (one call) when not splitting or past `maximumTokens`, else the most rows
    /// under `maximumMultiplyAdds`, a multiple of `rowAlignment` when that leaves any.
    ///
    /// - Precondition: every argument is positive.
    package func rowsPerCall(lanes: Int, inputWidth: Int, outputWidth: Int) -> Int {
        precondition(lanes > 0 && inputWidth > 0 && outputWidth > 0)
        guard splits, lanes <= Self.maximumTokens else { return outputWidth }
        let fitting = Self.maximumMultiplyAdds / (lanes * inputWidth)
        let aligned = fitting >= Self.rowAlignment ? fitting - fitting % Self.rowAlignment : fitting
        return min(outputWidth, max(1, aligned))
    }
}
