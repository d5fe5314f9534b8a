/// A sentence-embedding model as search sees it: text in, a unit vector out.
///
/// ExplainerContent does not import the model (`SentenceEmbedding`); an adapter outside it makes
/// `SentenceEncoder` conform, so content and search build and test without the weights. Vectors must
/// be L2-normalised, so that a dot product is the cosine similarity, and all of one length.
public protocol TextEmbedding: Sendable {
    /// The vector of `text`, `dimension` floats of unit length.
    func embed(_ text: String) -> [Float]
    /// The identity of the weights (for `SentenceEncoder`, the SHA-256 of `model.safetensors`); stored
    /// vectors made by another model are never used.
    var modelID: String { get }
    /// Floats in every vector `embed` returns.
    var dimension: Int { get }
}
