/// A retriever that found a hit: the BM25F index or the dense vectors.
public enum SearchRetriever: String, Sendable, CaseIterable, Hashable {
    /// The hit matched the query's words (BM25F, `SearchIndex`).
    case lexical
    /// The hit's vector is among the nearest to the query's (`DenseIndex`).
    case semantic
}
