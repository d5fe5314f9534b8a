/// Splits Markdown into paragraphs, lists and block quotes.
///
/// Blank lines separate blocks. A line starting `- `, `* ` or `+ ` is a bullet item, `1. ` or `1) ` a
/// numbered item; a following non-blank line that is not an item continues the item. Lines starting
/// `>` form a block quote. Anything else, headings and HTML included, is paragraph text.
enum MarkdownBlockParser {
    /// How deeply block quotes may nest: 8 levels.
    ///
    /// Each level is one recursion here and in the writer; the explainer uses at most one. Deeper
    /// nesting is refused (`MarkdownNestingError`) rather than rendered, so no input can exhaust the stack.
    static let maximumQuoteDepth = 8

    /// The blocks of `markdown`.
    static func parse(_ markdown: String) throws(MarkdownNestingError) -> [MarkdownBlock] {
        // Split on bytes: "\r\n" is one Character, and grapheme breaking is slow at scale.
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
        }
        return try parse(lines: lines[...], firstLine: 1, quoteDepth: 0)
    }

    /// The blocks of `lines`, the first of which is line `firstLine` of the whole text; the lines of a
    /// quote are consecutive, so a quote's content keeps the line numbers of the lines it came from.
    private static func parse(lines: ArraySlice<Substring>, firstLine: Int, quoteDepth: Int) throws(MarkdownNestingError)
        -> [MarkdownBlock]
    {
        var blocks: [MarkdownBlock] = []
        var paragraph: [Substring] = []
        var paragraphLine = 0
        var listOrdered = false
        var listItems: [(lines: [Substring], line: Int)] = []
        var afterBlank = false

        func closeParagraph() throws(MarkdownNestingError) {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(try makeParagraph(paragraph, line: paragraphLine)))
            paragraph = []
        }
        func closeList() throws(MarkdownNestingError) {
            guard !listItems.isEmpty else { return }
            var items: [MarkdownParagraph] = []
            for item in listItems { items.append(try makeParagraph(item.lines, line: item.line)) }
            blocks.append(.list(ordered: listOrdered, items: items))
            listItems = []
        }

        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let lineNumber = firstLine + (index - lines.startIndex)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                try closeParagraph()
                afterBlank = true
                index += 1
                continue
            }
            if trimmed.first == ">" {
                try closeParagraph()
                try closeList()
                guard quoteDepth < maximumQuoteDepth else {
                    throw MarkdownNestingError(line: lineNumber, message: "block quotes nested deeper than \(maximumQuoteDepth) levels")
                }
                var quoted: [Substring] = []
                while index < lines.endIndex {
                    let candidate = lines[index].drop { $0 == " " || $0 == "\t" }
                    guard candidate.first == ">" else { break }
                    let content = candidate.dropFirst()
                    quoted.append(content.first == " " ? content.dropFirst() : content)
                    index += 1
                }
                blocks.append(.quote(try parse(lines: quoted[...], firstLine: lineNumber, quoteDepth: quoteDepth + 1)))
                afterBlank = false
                continue
            }
            if let item = listItem(trimmed) {
                try closeParagraph()
                if !listItems.isEmpty && listOrdered != item.ordered { try closeList() }
                listOrdered = item.ordered
                listItems.append(([item.content], lineNumber))
            } else if !listItems.isEmpty && (!afterBlank || trimmed.startIndex != line.startIndex) {
                listItems[listItems.count - 1].lines.append(trimmed)
            } else {
                try closeList()
                if paragraph.isEmpty { paragraphLine = lineNumber }
                paragraph.append(trimmed)
            }
            afterBlank = false
            index += 1
        }
        try closeParagraph()
        try closeList()
        return blocks
    }

    private static func makeParagraph(_ lines: [Substring], line: Int) throws(MarkdownNestingError) -> MarkdownParagraph {
        let source = lines.joined(separator: "\n")
        return MarkdownParagraph(source: source, inlines: try MarkdownInlineParser.parse(source, line: line))
    }

    /// The item's content when `line` (leading spaces removed) starts a list item.
    private static func listItem(_ line: Substring) -> (ordered: Bool, content: Substring)? {
        if let marker = line.first, marker == "-" || marker == "*" || marker == "+" {
            let rest = line.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            let content = rest.drop { $0 == " " || $0 == "\t" }
            return content.isEmpty ? nil : (false, content)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line[digits.endIndex...]
        guard let delimiter = rest.first, delimiter == "." || delimiter == ")" else { return nil }
        let afterDelimiter = rest.dropFirst()
        guard afterDelimiter.first == " " || afterDelimiter.first == "\t" else { return nil }
        let content = afterDelimiter.drop { $0 == " " || $0 == "\t" }
        return content.isEmpty ? nil : (true, content)
    }
}
