/// Walks parsed Markdown and writes HTML, keeping count of where it is in the plain text so it can
/// wrap glossary occurrences that lie wholly inside one run of text.
struct MarkdownHTMLWriter {
    private(set) var output = ""
    private let occurrences: [GlossaryOccurrence]
    private var nextOccurrence = 0
    /// The `Character` offset in the plain text of the next text to be written.
    private var plainOffset = 0
    private var unitsWritten = 0

    init(occurrences: [GlossaryOccurrence]) {
        self.occurrences = occurrences
    }

    mutating func write(_ blocks: [MarkdownBlock]) {
        for (position, block) in blocks.enumerated() {
            if position > 0 { output += "\n" }
            switch block {
            case .paragraph(let paragraph):
                output += "<p>"
                writeUnit(paragraph)
                output += "</p>"
            case .list(let ordered, let items):
                output += ordered ? "<ol>\n" : "<ul>\n"
                for item in items {
                    output += "<li>"
                    writeUnit(item)
                    output += "</li>\n"
                }
                output += ordered ? "</ol>" : "</ul>"
            case .quote(let inner):
                output += "<blockquote>\n"
                write(inner)
                output += "\n</blockquote>"
            }
        }
    }

    /// Writes one paragraph or list item; units are separated by two characters (`\n\n`) in the plain text.
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
                output += "<em>"
                write(children, insideLink: insideLink)
                output += "</em>"
            case .strong(let children):
                output += "<strong>"
                write(children, insideLink: insideLink)
                output += "</strong>"
            case .link(let href, let children):
                output += "<a href=\"\(Self.escape(href))\">"
                write(children, insideLink: true)
                output += "</a>"
            }
        }
    }

    private mutating func writeText(_ text: String, insideLink: Bool) {
        let start = plainOffset
        let characters = Array(text)
        let end = start + characters.count
        plainOffset = end
        var cursor = 0
        while nextOccurrence < occurrences.count {
            let occurrence = occurrences[nextOccurrence]
            let occurrenceStart = occurrence.characterOffset
            let occurrenceEnd = occurrenceStart + occurrence.characterLength
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
            output += Self.escape(String(characters[cursor..<from]))
            let slug = Self.escape(occurrence.slug)
            output += "<a class=\"glossary-term\" data-term=\"\(slug)\" href=\"/v1/glossary/\(slug)\">"
            output += Self.escape(String(characters[from..<to]))
            output += "</a>"
            cursor = to
        }
        output += Self.escape(String(characters[cursor...]))
    }

    /// Escapes the five characters that could start or end markup or an attribute.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
