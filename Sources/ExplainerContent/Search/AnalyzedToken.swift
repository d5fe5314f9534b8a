/// One indexed word of a text: its search term, where it stands, and where it came from.
///
/// `start` and `end` count Unicode scalars (code points) from the start of the analysed text, the
/// unit Python's `str` indexes by; for this content (Latin letters, curly quotes, dashes) they equal
/// UTF-16 offsets too. `position` counts every word including stop words, so a phrase with a stop
/// word in it ("end one's life") keeps its gaps.
public struct AnalyzedToken: Sendable, Hashable {
    /// The stem that is indexed and searched (`"hurting"` → `"hurt"`).
    public var term: String
    /// The folded word before stemming (`"hurting"`); type-ahead prefixes match this.
    public var word: String
    /// The word's ordinal among all words of the text, stop words included, from 0.
    public var position: Int
    /// Offset of the first scalar of the word in the original text.
    public var start: Int
    /// Offset one past the last scalar of the word in the original text.
    public var end: Int
    /// Offset of the word's first UTF-8 byte in the original text (snippets are cut in bytes).
    public var utf8Start: Int
    /// Offset one past the word's last UTF-8 byte in the original text.
    public var utf8End: Int

    /// Creates a token.
    public init(term: String, word: String, position: Int, start: Int, end: Int, utf8Start: Int, utf8End: Int) {
        self.term = term
        self.word = word
        self.position = position
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
    }
}
