/// A section body parsed once per load and shared by quote checks, glossary matching and rendering.
struct ParsedSectionBody {
    let blocks: [MarkdownBlock]
    /// The paragraphs and list items in reading order.
    let units: [(paragraph: MarkdownParagraph, isListItem: Bool)]
    /// The units' plain texts joined by `\n\n` (as `MarkdownRenderer.plainText(from:)`).
    let plainText: String

    init(markdown: String) {
        blocks = MarkdownBlockParser.parse(markdown)
        units = blocks.flatMap(\.units)
        plainText = units.map(\.paragraph.plainText).joined(separator: "\n\n")
    }
}
