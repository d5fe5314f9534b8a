/// Renders the explainer's Markdown subset to safe HTML and to plain text.
///
/// Safe means: every character of the source that could be markup (`<`, `>`, `&`, quotes) is escaped,
/// and the only elements produced are `p`, `ul`, `ol`, `li`, `em`, `strong`, `blockquote` and `a` with
/// an http(s) `href`. A `javascript:` or any other non-http(s) link stays literal text. Markdown nested
/// deeper than the parsers allow throws instead of being rendered (see `MarkdownNestingError`).
public enum MarkdownRenderer {
    /// The HTML of `markdown`, blocks separated by newlines.
    public static func html(from markdown: String) throws(MarkdownNestingError) -> String {
        try html(from: markdown, glossaryLinks: [])
    }

    /// The HTML of `markdown` with each occurrence wrapped in a glossary link:
    /// `<a class="glossary-term" data-term="slug" href="/v1/glossary/slug">…</a>`.
    ///
    /// `occurrences` must be offsets into `plainText(from: markdown)` (as `SectionRendering` holds them);
    /// their UTF-8 offsets are the ones used.
    /// An occurrence inside an existing link, or one that crosses an emphasis boundary, is left
    /// unwrapped, so links never nest and tags always balance.
    public static func html(from markdown: String, glossaryLinks occurrences: [GlossaryOccurrence]) throws(MarkdownNestingError)
        -> String
    {
        var writer = MarkdownHTMLWriter(occurrences: occurrences.sorted { $0.utf8Offset < $1.utf8Offset })
        writer.write(try MarkdownBlockParser.parse(markdown))
        return writer.output
    }

    /// The text a reader sees: paragraphs and list items joined by a blank line, Markdown markers removed,
    /// soft line breaks turned into spaces.
    public static func plainText(from markdown: String) throws(MarkdownNestingError) -> String {
        try ParsedSectionBody(markdown: markdown).plainText
    }
}
