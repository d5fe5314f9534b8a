import ExplainerContent
import SentenceEmbedding

/// `SentenceEncoder` as search's `TextEmbedding`, for the tests (the server has its own copy in
/// `Sources/explainer-server/`, which moves into ExplainerAPI when `/v1/search` goes hybrid).
struct EncoderEmbedding: TextEmbedding {
    let encoder: SentenceEncoder

    func embed(_ text: String) -> [Float] { encoder.encode(text) }
    var modelID: String { encoder.modelSHA256 }
    var dimension: Int { SentenceEncoder.dimension }
}
