/// A folded word that occurs in the content and the term it was stemmed to; type-ahead completes the
/// query's last word against the sorted list of these.
struct VocabularyEntry: Sendable {
    /// The folded, unstemmed word.
    var word: String
    /// The id of its stem.
    var term: Int32
}
