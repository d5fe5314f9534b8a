import ExplainerContent
import SentenceEmbedding

/// `SentenceEncoder` as search's `TextEmbedding`: the only place the API joins the model to search
/// (ExplainerContent itself never imports the model).
public struct EncoderEmbedding: TextEmbedding {
    /// The loaded model, shared by every caller (`SentenceEncoder` is immutable and `Sendable`).
    public let encoder: SentenceEncoder

    /// Wraps a loaded encoder.
    public init(encoder: SentenceEncoder) {
        self.encoder = encoder
    }

    /// Loads the model from `modelDirectory` (`vocab.txt`, `model.safetensors`).
    ///
    /// - Throws: `ModelLoadError` naming the missing, unreadable or mismatched file.
    public static func load(modelDirectory: String) throws(ModelLoadError) -> EncoderEmbedding {
        EncoderEmbedding(encoder: try SentenceEncoder(modelDirectory: modelDirectory))
    }

    /// The unit vector of `text`.
    public func embed(_ text: String) -> [Float] { encoder.encode(text) }
    /// The SHA-256 of `model.safetensors`.
    public var modelID: String { encoder.modelSHA256 }
    /// 384 for all-MiniLM-L6-v2.
    public var dimension: Int { SentenceEncoder.dimension }
}
