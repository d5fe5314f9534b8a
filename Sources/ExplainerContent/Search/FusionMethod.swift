/// How a hybrid search combines its two rankings into one.
public enum FusionMethod: String, Sendable, CaseIterable, Hashable {
    /// The dense score leads and BM25F adds a small boost to each document it matched, scaled by the
    /// share of the query that document matches word for word (its clause coverage): a literal query
    /// lifts the document that spells it out, a paraphrase that shares one common word with many
    /// documents lifts none of them by much. The default (`docs/hybrid-search.md`).
    case coverageBoost
    /// Reciprocal-rank fusion: each retriever adds `weight / (k + rank)`; only ranks matter, so the
    /// two retrievers' score scales never need to agree (Cormack, Clarke and Büttcher, 2009).
    case reciprocalRank
    /// A calibrated blend of the scores: BM25F saturated to 0…1 and the dense score mapped from
    /// `cosineFloor…cosineCeiling` to 0…1, mixed by `lexicalShare`.
    case scoreBlend
}
