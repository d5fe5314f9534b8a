/// A block of the small Markdown subset this module renders.
enum MarkdownBlock: Sendable, Hashable {
    /// A paragraph.
    case paragraph(MarkdownParagraph)
    /// A list: `-`, `*` or `+` items when unordered, `1.` or `1)` items when ordered.
    case list(ordered: Bool, items: [MarkdownParagraph])
    /// Lines starting with `>`, parsed again as blocks.
    case quote([MarkdownBlock])

    /// The paragraphs and list items inside, in reading order: the units search and annotation use.
    var units: [(paragraph: MarkdownParagraph, isListItem: Bool)] {
        switch self {
        case .paragraph(let paragraph): return [(paragraph, false)]
        case .list(_, let items): return items.map { ($0, true) }
        case .quote(let blocks): return blocks.flatMap(\.units)
        }
    }
}
