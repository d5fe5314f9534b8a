import SentenceEmbedding
import Testing

/// How a linear layer's product is cut into `sgemm` calls that reach OpenBLAS's small-matrix kernels.
@Suite struct ProductSplitTests {
    /// The model's three product shapes: (input width, output width).
    static let shapes = [(384, 384), (384, 1536), (1536, 384)]

    @Test func everyBlockOfAShortTextFitsTheSmallMatrixLimits() {
        for tokens in 1...ProductSplit.maximumTokens {
            for (inputWidth, outputWidth) in Self.shapes {
                let block = ProductSplit.columnsPerCall(tokens: tokens, inputWidth: inputWidth, outputWidth: outputWidth)
                #expect(block >= 1 && block <= outputWidth)
                #expect(block == outputWidth || tokens * block <= ProductSplit.maximumOutputCells, "\(tokens) × \(block)")
                #expect(block == outputWidth || tokens * block * inputWidth <= ProductSplit.maximumMultiplyAdds)
            }
        }
    }

    @Test func blocksAreTheWidestMultipleOf16ThatFits() {
        // 10 tokens: 1,200 / 10 = 120 cells wide → 112; 10⁶ / (10 · 1536) = 65 → 64.
        #expect(ProductSplit.columnsPerCall(tokens: 10, inputWidth: 384, outputWidth: 1536) == 112)
        #expect(ProductSplit.columnsPerCall(tokens: 10, inputWidth: 1536, outputWidth: 384) == 64)
        // 2 tokens against 384 outputs: 600 columns would fit, so one call.
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
