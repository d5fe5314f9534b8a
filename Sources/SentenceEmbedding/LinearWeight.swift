/// One linear layer's weights, copied at load into the layout the forward pass multiplies fastest:
/// `[input, output]` row-major, with its bias after it.
///
/// PyTorch stores a linear weight as `[output, input]`. Read in place (`CblasTrans`), OpenBLAS 0.3.21
/// sees a `TN` product, whose small-matrix path takes at most 1,200 output cells: a query of more
/// than 16 tokens went through its general path, which packs the whole weight matrix on every call
/// (`sgemm_incopy` was 46 % of a 24-token forward pass). Transposed once here, the product is `NN`,
/// whose small-matrix path only asks for at most 10⁶ multiply-adds per call, so `ProductSplit` can
/// keep queries up to 40 tokens on it (bench/README.md, "Sentence embedding").
///
/// Several weights of the same input width can be joined side by side (`parts`): the attention's
/// query, key and value become one `[384, 1152]` product, so one pass over the hidden state feeds
/// all three. The floats live in the encoder's `WeightArena`, which outlives every `LinearWeight`;
/// the mapped originals are given back (`SafetensorsFile.release`), so the resident set holds one copy.
struct LinearWeight: @unchecked Sendable {
    /// Floats per input row.
    let inputWidth: Int
    /// Floats per output row: the parts' output widths added up.
    let outputWidth: Int
    /// `[inputWidth, outputWidth]`, row-major.
    let weight: UnsafePointer<Float>
    /// `outputWidth` floats.
    let bias: UnsafePointer<Float>

    /// The floats a weight of `inputWidth × outputWidth` takes in the arena, its bias included.
    static func floats(inputWidth: Int, outputWidth: Int) -> Int { (inputWidth + 1) * outputWidth }

    /// Joins `parts` (each a PyTorch `[output, input]` weight and its `[output]` bias, the same input
    /// width) along the output, transposed, into `memory`, which it then moves past what it wrote.
    ///
    /// - Precondition: at least one part; every weight is two-dimensional with the first part's input
    ///   width, and every bias has its weight's output width; `memory` has room for `floats(...)`.
    init(parts: [(weight: Tensor, bias: Tensor)], memory: inout UnsafeMutablePointer<Float>) {
        precondition(!parts.isEmpty && parts.allSatisfy { $0.weight.shape.count == 2 && $0.bias.count == $0.weight.shape[0] })
        let inputWidth = parts[0].weight.shape[1]
        precondition(parts.allSatisfy { $0.weight.shape[1] == inputWidth }, "one input width")
        let outputWidth = parts.map { $0.weight.shape[0] }.reduce(0, +)
        let weight = memory
        let bias = weight + inputWidth * outputWidth
        var first = 0
        for (part, partBias) in parts {
            let rows = part.shape[0]
            // 16 × 16 tiles, so the reads and the writes both stay within a few cache lines.
            let tile = 16
            for rowStart in stride(from: 0, to: rows, by: tile) {
                for columnStart in stride(from: 0, to: inputWidth, by: tile) {
                    for row in rowStart..<min(rowStart + tile, rows) {
                        for column in columnStart..<min(columnStart + tile, inputWidth) {
                            weight[column * outputWidth + first + row] = part.data[row * inputWidth + column]
                        }
                    }
                }
            }
            (bias + first).update(from: partBias.data, count: rows)
            first += rows
        }
        memory += Self.floats(inputWidth: inputWidth, outputWidth: outputWidth)
        self.inputWidth = inputWidth
        self.outputWidth = outputWidth
        self.weight = UnsafePointer(weight)
        self.bias = UnsafePointer(bias)
    }
}
