/// The seam for meaning beyond the rules: a sentence-embedding model comparing a message with the
/// urgent exemplars of `CrisisExemplarBank`.
///
/// The detector asks only when the rules did not already say `urgent`, and a match can only raise
/// the level to `urgent`, never lower one. Return `nil` when the model is missing, still loading,
/// busy or failing: the rules then answer alone, so the signal never waits on or fails with the model.
/// Implementations must be fast (the whole assessment has a budget of 0.2 ms without the model)
/// and safe to call from any thread.
public protocol CrisisSimilarity: Sendable {
    /// Names the model and exemplar bank, e.g. `minilm-l6/exemplars-1`; appended to `detectorVersion`.
    var modelVersion: String { get }

    /// The urgent exemplar closest to the text and its cosine similarity, or `nil` when unavailable.
    func nearestUrgentExemplar(to text: String) -> CrisisSimilarityMatch?
}
