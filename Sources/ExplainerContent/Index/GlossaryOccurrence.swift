/// Where a glossary term (or one of its aliases) occurs in a section's plain text.
///
/// Offsets are given in UTF-8 bytes (for byte-oriented clients) and in `Character`s (grapheme
/// clusters, for display). Occurrences never overlap: at each position the longest matching
/// term or alias wins, and matching resumes after it.
public struct GlossaryOccurrence: Sendable, Hashable {
    /// The slug of the glossary term that matched.
    public let slug: String
    /// The text as it appears in the section (its case kept).
    public let text: String
    /// The offset of the first byte in the UTF-8 encoding of the plain text.
    public let utf8Offset: Int
    /// The length in UTF-8 bytes.
    public let utf8Length: Int
    /// The offset in `Character`s from the start of the plain text.
    public let characterOffset: Int
    /// The length in `Character`s.
    public let characterLength: Int

    /// Creates an occurrence; the glossary matcher computes the values.
    public init(slug: String, text: String, utf8Offset: Int, utf8Length: Int, characterOffset: Int, characterLength: Int) {
        self.slug = slug
        self.text = text
        self.utf8Offset = utf8Offset
        self.utf8Length = utf8Length
        self.characterOffset = characterOffset
        self.characterLength = characterLength
    }
}
