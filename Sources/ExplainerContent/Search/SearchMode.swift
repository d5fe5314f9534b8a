/// Which retrievers a search runs: BM25F alone, dense cosine alone, or both fused.
public enum SearchMode: String, Sendable, CaseIterable, Hashable {
    /// Dense cosine and BM25F, fused (`FusionParameters`); the default.
    case hybrid
    /// BM25F alone, as `SearchIndex.search(_:)` ranks.
    case lexical
    /// Dense cosine alone over every document; always finds something, so read `match`.
    case semantic
}
