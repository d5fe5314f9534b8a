/// Splits Markdown into paragraphs, lists and block quotes.
///
/// Blank lines separate blocks. A line starting `- `, `* ` or `+ ` is a bullet item, `1. ` or `1) ` a
/// numbered item; a following non-blank line that is not an item continues the item. Lines starting
/// `>` form a block quote. Anything else, headings and HTML included, is paragraph text.
enum MarkdownBlockParser {
    /// The blocks of `markdown`.
    static func parse(_ markdown: String) -> [MarkdownBlock] {
        // Split on bytes: "\r\n" is one Character, and grapheme breaking is slow at scale.
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = Substring(bytes)
            return line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
        }
        return parse(lines: lines[...])
    }

    private static func parse(lines: ArraySlice<Substring>) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [Substring] = []
        var listOrdered = false
        var listItems: [[Substring]] = []
        var afterBlank = false

        func closeParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(makeParagraph(paragraph)))
            paragraph = []
        }
        func closeList() {
            guard !listItems.isEmpty else { return }
            blocks.append(.list(ordered: listOrdered, items: listItems.map(makeParagraph)))
            listItems = []
        }

        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty {
                closeParagraph()
                afterBlank = true
                index += 1
                continue
            }
            if trimmed.first == ">" {
                closeParagraph()
                closeList()
                var quoted: [Substring] = []
                while index < lines.endIndex {
                    let candidate = lines[index].drop { $0 == " " || $0 == "\t" }
                    guard candidate.first == ">" else { break }
                    let content = candidate.dropFirst()
                    quoted.append(content.first == " " ? content.dropFirst() : content)
                    index += 1
                }
                blocks.append(.quote(parse(lines: quoted[...])))
                afterBlank = false
                continue
            }
            if let item = listItem(trimmed) {
                closeParagraph()
                if !listItems.isEmpty && listOrdered != item.ordered { closeList() }
                listOrdered = item.ordered
                listItems.append([item.content])
            } else if !listItems.isEmpty && (!afterBlank || trimmed.startIndex != line.startIndex) {
                listItems[listItems.count - 1].append(trimmed)
            } else {
                closeList()
                paragraph.append(trimmed)
            }
            afterBlank = false
            index += 1
        }
        closeParagraph()
        closeList()
        return blocks
    }

    private static func makeParagraph(_ lines: [Substring]) -> MarkdownParagraph {
        let source = lines.joined(separator: "\n")
        return MarkdownParagraph(source: source, inlines: MarkdownInlineParser.parse(source))
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
