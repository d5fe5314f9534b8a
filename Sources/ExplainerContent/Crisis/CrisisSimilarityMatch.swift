/// The exemplar nearest a message and how near it is.
public struct CrisisSimilarityMatch: Sendable, Hashable {
    /// The exemplar's id in `CrisisExemplarBank` (reported in logs, never its text).
    public var exemplarID: String
    /// Cosine similarity, −1 to 1.
    public var score: Double

    /// Creates a match.
    public init(exemplarID: String, score: Double) {
        self.exemplarID = exemplarID
        self.score = score
    }
}
