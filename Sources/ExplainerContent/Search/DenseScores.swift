/// What the dense retriever says about every document for one query: its best cosine, and the
/// pooled score of all its vectors that ranks it.
///
/// The best cosine is what `match` is calibrated on and what a hit reports as `cosine`. Ranking by it
/// alone (max-passage) throws away every vector but one: a document whose passage, sentence windows
/// and expansion questions all sit near the query ranks no higher than one with a single lucky
/// neighbour. The pooled score is a soft maximum (log-sum-exp at temperature `softness`), so it stays
/// the best cosine when one vector stands out and rises by up to `softness × ln(n)` when `n` of them
/// are about as close; more questions that a document answers therefore help it, while questions that
/// sit far from the query add nothing measurable.
public struct DenseScores: Sendable, Hashable {
    /// Each document's best cosine with the query, by document slot.
    public let best: [Float]
    /// Each document's pooled score, by document slot: `best` when `softness` is 0.
    public let pooled: [Float]

    /// Creates the scores of one query.
    public init(best: [Float], pooled: [Float]) {
        self.best = best
        self.pooled = pooled
    }
}
