import ExplainerContent
import SentenceEmbedding

/// `SentenceEncoder` as search's `TextEmbedding`: the only place the server joins the model to search.
///
/// For the lead: this file moves into ExplainerAPI when `/v1/search` goes hybrid (ExplainerContent
/// itself never imports the model).
struct EncoderEmbedding: TextEmbedding {
    /// The loaded model, shared by every caller.
    let encoder: SentenceEncoder

    func embed(_ text: String) -> [Float] { encoder.encode(text) }
    var modelID: String { encoder.modelSHA256 }
    var dimension: Int { SentenceEncoder.dimension }
}
