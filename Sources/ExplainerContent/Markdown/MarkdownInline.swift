/// An inline element of the small Markdown subset this module renders.
enum MarkdownInline: Sendable, Hashable {
    /// Literal text (already unescaped; HTML-escaped only when rendered).
    case text(String)
    /// `*…*` or `_…_`.
    case emphasis([MarkdownInline])
    /// `**…**` or `__…__`.
    case strong([MarkdownInline])
    /// `[text](http(s)://…)`; any other scheme stays literal text.
    case link(href: String, children: [MarkdownInline])

    /// The text a reader sees, soft line breaks included as `\n`.
    var text: String {
        switch self {
        case .text(let text): return text
        case .emphasis(let children), .strong(let children), .link(_, let children):
            return children.map(\.text).joined()
        }
    }
}
