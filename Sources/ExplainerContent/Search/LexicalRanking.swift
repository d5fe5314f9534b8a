/// A BM25F search ranked but not yet rendered: the best documents with their scores, and what it
/// takes to render any of them as a `SearchHit` later.
///
/// Hybrid search asks BM25F for its 50 best documents and shows at most `limit` of them; rendering
/// a snippet for each of the 50 cost more than the ranking itself, so it renders only those shown.
struct LexicalRanking {
    /// The ranked documents, best first (at most the request's limit).
    var entries: [TopHits.Entry]
    /// How many documents matched.
    var totalMatches: Int
    /// The terms a snippet marks.
    var markedTerms: Set<Int32>
    /// The query's crisis assessment.
    var support: CrisisAssessment
}
