/// How a hybrid search combines its two rankings into one.
public enum FusionMethod: String, Sendable, CaseIterable, Hashable {
    /// Reciprocal-rank fusion: each retriever adds `weight / (k + rank)`; only ranks matter, so the
    /// two retrievers' score scales never need to agree (Cormack, Clarke and Büttcher, 2009).
    case reciprocalRank
    /// A calibrated blend of the scores: BM25F saturated to 0…1 and the cosine mapped from
    /// `cosineFloor…cosineCeiling` to 0…1, mixed by `lexicalShare`.
    case scoreBlend
}
