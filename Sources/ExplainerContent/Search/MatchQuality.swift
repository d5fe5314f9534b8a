/// How well the best hit answers the query, so a caller can say "nothing here covers that".
///
/// Dense retrieval ranks every document for any query, even "best pizza in Naples", so the presence of
/// hits says nothing; the best hit's cosine (or, in lexical mode, whether any word matched) does.
/// Thresholds are in `FusionParameters` and calibrated in `docs/hybrid-search.md`.
public enum MatchQuality: String, Sendable, Hashable {
    /// The best hit is close to the query: its cosine is at least `goodCosine`.
    case good
    /// Something related, but not clearly an answer: cosine in `weakCosine..<goodCosine`.
    case weak
    /// Nothing in the content is about the query (cosine below `weakCosine`, or no hit at all).
    case none
}
