/// Walks parsed Markdown and writes HTML, keeping count of where it is in the plain text so it can
/// wrap glossary occurrences that lie wholly inside one run of text.
///
/// Works in UTF-8 bytes throughout (offsets included): rendering is on the load path, and bytes
/// avoid per-character grapheme breaking.
struct MarkdownHTMLWriter {
    private(set) var bytes: [UInt8] = []
    private let occurrences: [GlossaryOccurrence]
    private var nextOccurrence = 0
    /// The UTF-8 offset in the plain text of the next text to be written.
    private var plainOffset = 0
    private var unitsWritten = 0

    /// `occurrences` must be sorted by offset.
    init(occurrences: [GlossaryOccurrence]) {
        self.occurrences = occurrences
    }

    /// The HTML written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ blocks: [MarkdownBlock]) {
        for (position, block) in blocks.enumerated() {
            if position > 0 { append("\n") }
            switch block {
            case .paragraph(let paragraph):
                append("<p>")
                writeUnit(paragraph)
                append("</p>")
            case .list(let ordered, let items):
                append(ordered ? "<ol>\n" : "<ul>\n")
                for item in items {
                    append("<li>")
                    writeUnit(item)
                    append("</li>\n")
                }
                append(ordered ? "</ol>" : "</ul>")
            case .quote(let inner):
                append("<blockquote>\n")
                write(inner)
                append("\n</blockquote>")
            }
        }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Writes one paragraph or list item; units are separated by two bytes (`\n\n`) in the plain text.
    private mutating func writeUnit(_ paragraph: MarkdownParagraph) {
        if unitsWritten > 0 { plainOffset += 2 }
        unitsWritten += 1
        write(paragraph.inlines, insideLink: false)
    }

    private mutating func write(_ inlines: [MarkdownInline], insideLink: Bool) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                writeText(text, insideLink: insideLink)
            case .emphasis(let children):
                append("<em>")
                write(children, insideLink: insideLink)
                append("</em>")
            case .strong(let children):
                append("<strong>")
                write(children, insideLink: insideLink)
                append("</strong>")
            case .link(let href, let children):
                append("<a href=\"")
                HTMLText.escape(href.utf8, into: &bytes)
                append("\">")
                write(children, insideLink: true)
                append("</a>")
            }
        }
    }

    private mutating func writeText(_ text: String, insideLink: Bool) {
        let utf8 = Array(text.utf8)
        let start = plainOffset
        let end = start + utf8.count
        plainOffset = end
        var cursor = 0
        while nextOccurrence < occurrences.count {
            let occurrence = occurrences[nextOccurrence]
            let occurrenceStart = occurrence.utf8Offset
            let occurrenceEnd = occurrenceStart + occurrence.utf8Length
            if occurrenceStart < start {
                // It began in an earlier run: it crosses a boundary and stays unwrapped.
                nextOccurrence += 1
                continue
            }
            guard occurrenceEnd <= end else { break }
            nextOccurrence += 1
            if insideLink { continue }
            let from = occurrenceStart - start
            let to = occurrenceEnd - start
            HTMLText.escape(utf8[cursor..<from], into: &bytes)
            append("<a class=\"glossary-term\" data-term=\"")
            HTMLText.escape(occurrence.slug.utf8, into: &bytes)
            append("\" href=\"/v1/glossary/")
            HTMLText.escape(occurrence.slug.utf8, into: &bytes)
            append("\">")
            HTMLText.escape(utf8[from..<to], into: &bytes)
            append("</a>")
            cursor = to
        }
        HTMLText.escape(utf8[cursor...], into: &bytes)
    }
}
