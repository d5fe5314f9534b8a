import SentenceEmbedding
import Testing

/// How a linear layer's product is laid out and cut into `sgemm` calls that reach OpenBLAS's small-matrix kernels.
@Suite struct ProductSplitTests {
    /// The model's three product shapes: (input width, output width).
    static let shapes = [(384, 384), (384, 1536), (1536, 384)]
    static let skylakeX = ProductSplit(coreName: "SkylakeX")

    @Test func everyBlockOfAShortTextFitsTheSmallMatrixLimit() {
        for tokens in 1...ProductSplit.maximumTokens {
            let lanes = Self.skylakeX.lanes(tokens: tokens)
            for (inputWidth, outputWidth) in Self.shapes {
                let rows = Self.skylakeX.rowsPerCall(lanes: lanes, inputWidth: inputWidth, outputWidth: outputWidth)
                #expect(rows >= 1 && rows <= outputWidth, "\(tokens) tokens, \(inputWidth) → \(outputWidth)")
                #expect(lanes * rows * inputWidth <= ProductSplit.maximumMultiplyAdds, "\(lanes) × \(rows) × \(inputWidth)")
            }
        }
    }

    @Test func blocksAreTheMostRowsInAMultipleOf16ThatFit() {
        // 10⁶ / (16 · 384) = 162 → 160; 10⁶ / (32 · 1536) = 20 → 16; 10⁶ / (96 · 1536) = 6, below 16, as it is.
        #expect(Self.skylakeX.rowsPerCall(lanes: 16, inputWidth: 384, outputWidth: 1536) == 160)
        #expect(Self.skylakeX.rowsPerCall(lanes: 32, inputWidth: 1536, outputWidth: 384) == 16)
        #expect(Self.skylakeX.rowsPerCall(lanes: 96, inputWidth: 1536, outputWidth: 384) == 6)
        // 1 lane against 384 rows of 384: 2,604 rows would fit, so one call.
        #expect(Self.skylakeX.rowsPerCall(lanes: 1, inputWidth: 384, outputWidth: 384) == 384)
    }

    @Test func lanesArePaddedWhereTheKernelIsSlowerOnWhatIsLeft() {
        let expected = [1: 1, 4: 4, 5: 16, 12: 16, 16: 16, 17: 17, 22: 22, 23: 32, 30: 32, 32: 32, 40: 40, 54: 54, 55: 64, 90: 96]
        for (tokens, lanes) in expected {
            #expect(Self.skylakeX.lanes(tokens: tokens) == lanes, "\(tokens) tokens")
        }
        for tokens in 1...ProductSplit.maximumTokens {
            let lanes = Self.skylakeX.lanes(tokens: tokens)
            #expect(lanes >= tokens && lanes <= ProductSplit.maximumTokens)
        }
    }

    @Test func aTextLongerThanTheLimitIsOneCallPerProductUnpadded() {
        for tokens in (ProductSplit.maximumTokens + 1)...256 {
            #expect(Self.skylakeX.lanes(tokens: tokens) == tokens)
            for (inputWidth, outputWidth) in Self.shapes {
                #expect(Self.skylakeX.rowsPerCall(lanes: tokens, inputWidth: inputWidth, outputWidth: outputWidth) == outputWidth)
            }
        }
    }

    @Test func aKernelWithoutTheSmallMatrixPathIsNeverSplitNorPadded() {
        let haswell = ProductSplit(coreName: "Haswell")
        #expect(!haswell.splits)
        for tokens in 1...256 {
            #expect(haswell.lanes(tokens: tokens) == tokens)
            for (inputWidth, outputWidth) in Self.shapes {
                #expect(haswell.rowsPerCall(lanes: tokens, inputWidth: inputWidth, outputWidth: outputWidth) == outputWidth)
            }
        }
    }

    @Test func coreNamesAreComparedWithoutCase() {
        #expect(ProductSplit(coreName: "SKYLAKEX").splits)
        #expect(ProductSplit(coreName: "cooperlake").splits)
        #expect(!ProductSplit(coreName: "unknown").splits)
    }
}
