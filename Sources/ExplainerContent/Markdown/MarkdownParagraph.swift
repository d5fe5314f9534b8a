/// A run of inline text: a paragraph, or the content of one list item.
struct MarkdownParagraph: Sendable, Hashable {
    /// The Markdown as written, without a list marker or `> ` prefix.
    let source: String
    /// The parsed inlines.
    let inlines: [MarkdownInline]
    /// The text a reader sees, soft line breaks turned into spaces (so it has the same length as the
    /// inlines' text in every unit: bytes, scalars and characters).
    let plainText: String

    init(source: String, inlines: [MarkdownInline]) {
        self.source = source
        self.inlines = inlines
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count)
        for inline in inlines { inline.appendText(to: &bytes) }
        for position in bytes.indices where bytes[position] == UInt8(ascii: "\n") {
            bytes[position] = UInt8(ascii: " ")
        }
        plainText = String(decoding: bytes, as: UTF8.self)
    }
}
