import SentenceEmbedding
import Testing

/// How a linear layer's product is cut into `sgemm` calls that reach OpenBLAS's small-matrix kernels.
@Suite struct ProductSplitTests {
    /// The model's product shapes: (input width, output width); 1152 is the joined query, key and value.
    static let shapes = [(384, 1152), (384, 384), (384, 1536), (1536, 384)]

    @Test func everyBlockOfAQueryFitsTheSmallMatrixLimit() {
        for tokens in 1...ProductSplit.maximumTokens {
            for (inputWidth, outputWidth) in Self.shapes {
                let block = ProductSplit.columnsPerCall(tokens: tokens, inputWidth: inputWidth, outputWidth: outputWidth)
                #expect(block >= 1 && block <= outputWidth)
                #expect(tokens * block * inputWidth <= ProductSplit.maximumMultiplyAdds, "\(tokens) × \(block) × \(inputWidth)")
            }
        }
    }

    @Test func blocksAreTheWidestMultipleOf16ThatFits() {
        // 10 tokens: 10⁶ / (10 · 384) = 260 columns → 256; 10⁶ / (10 · 1536) = 65 → 64.
        #expect(ProductSplit.columnsPerCall(tokens: 10, inputWidth: 384, outputWidth: 1536) == 256)
        #expect(ProductSplit.columnsPerCall(tokens: 10, inputWidth: 1536, outputWidth: 384) == 64)
        // 40 tokens against 1536 inputs: 16 columns exactly.
        #expect(ProductSplit.columnsPerCall(tokens: 40, inputWidth: 1536, outputWidth: 384) == 16)
        // 2 tokens against 384 outputs: 1,302 columns would fit, so one call.
        #expect(ProductSplit.columnsPerCall(tokens: 2, inputWidth: 384, outputWidth: 384) == 384)
    }

    @Test func aTextLongerThanTheLimitIsOneCallPerProduct() {
        for tokens in (ProductSplit.maximumTokens + 1)...256 {
            for (inputWidth, outputWidth) in Self.shapes {
                #expect(ProductSplit.columnsPerCall(tokens: tokens, inputWidth: inputWidth, outputWidth: outputWidth) == outputWidth)
            }
        }
    }
}
