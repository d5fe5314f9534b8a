/// A section body parsed once per load and shared by quote checks, glossary matching and rendering.
struct ParsedSectionBody {
    let blocks: [MarkdownBlock]
    /// The paragraphs and list items in reading order.
    let units: [(paragraph: MarkdownParagraph, isListItem: Bool)]
    /// The units' plain texts joined by `\n\n` (as `MarkdownRenderer.plainText(from:)`).
    let plainText: String

    /// Parses `markdown`; throws when it nests deeper than the parsers allow.
    init(markdown: String) throws(MarkdownNestingError) {
        self.init(blocks: try MarkdownBlockParser.parse(markdown))
    }

    init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
        units = blocks.flatMap(\.units)
        plainText = units.map(\.paragraph.plainText).joined(separator: "\n\n")
    }
}
