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

    /// Appends the text a reader sees (soft line breaks included as `\n`) as UTF-8.
    func appendText(to bytes: inout [UInt8]) {
        switch self {
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .emphasis(let children), .strong(let children), .link(_, let children):
            for child in children { child.appendText(to: &bytes) }
        }
    }
}
