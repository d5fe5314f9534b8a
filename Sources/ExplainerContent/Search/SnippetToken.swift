/// A term occurrence in a document's snippet text: which term, and its scalar range.
///
/// Kept per document at build time so that marking a hit's snippet needs no re-analysis (and no
/// stemmer lock) at query time. Concept tokens span their whole synonym phrase.
struct SnippetToken: Sendable {
    /// The term id.
    var term: Int32
    /// Offset of the first scalar.
    var start: Int32
    /// Offset one past the last scalar.
    var end: Int32
}
