/// A run of inline text: a paragraph, or the content of one list item.
struct MarkdownParagraph: Sendable, Hashable {
    /// The Markdown as written, without a list marker or `> ` prefix.
    let source: String
    /// The parsed inlines.
    let inlines: [MarkdownInline]

    /// The text a reader sees, soft line breaks turned into spaces (same length in `Character`s).
    var plainText: String {
        String(inlines.map(\.text).joined().map { $0 == "\n" ? " " : $0 })
    }
}
