/// A term occurrence in a document's snippet text: which term, and where, in scalars and in bytes.
///
/// Kept per document at build time so that marking a hit's snippet needs no re-analysis (and no
/// stemmer lock) at query time. Concept tokens span their whole synonym phrase. Snippets are cut and
/// marked in UTF-8 bytes; the scalar offsets are what responses report.
struct SnippetToken: Sendable {
    /// The term id.
    var term: Int32
    /// Offset of the first scalar.
    var start: Int32
    /// Offset one past the last scalar.
    var end: Int32
    /// Offset of the first UTF-8 byte.
    var utf8Start: Int32
    /// Offset one past the last UTF-8 byte.
    var utf8End: Int32
}
