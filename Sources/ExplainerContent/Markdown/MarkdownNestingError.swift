/// Markdown nested deeper than the parsers allow: block quotes past `MarkdownBlockParser.maximumQuoteDepth`,
/// or emphasis, strong and links past `MarkdownInlineParser.maximumDepth`.
///
/// Parsing, rendering and freeing the parsed tree all recurse once per level, so without a limit a
/// section of 30,000 `>` overflowed the stack. The loader reports this as a `nestingTooDeep` problem.
public struct MarkdownNestingError: Error, Sendable, Hashable {
    /// The 1-based line, within the Markdown given to the parser, where the too-deep element starts
    /// (for inlines, the first line of their paragraph or list item).
    public let line: Int
    /// What is nested too deeply, as one sentence without a trailing period.
    public let message: String

    /// Creates an error at `line` saying `message`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
