/// A section's text in the forms a claim's quote may match verbatim: the lead line and body as stored
/// in Markdown, and the body's plain text (so a quote may leave out `**` markers, as a reader sees it).
///
/// Matching is on UTF-8 bytes, so "verbatim" means byte for byte: no case folding, no Unicode
/// normalisation, curly quotes stay curly.
struct SectionSearchText {
    private let haystacks: [[UInt8]]

    init(_ section: Section, plainText: String) {
        haystacks = [Array(section.title.utf8), Array(section.markdown.utf8), Array(plainText.utf8)]
    }

    func contains(_ quote: String) -> Bool {
        let needle = Array(quote.utf8)
        return haystacks.contains { Self.find(needle, in: $0) }
    }

    /// Whether `needle` occurs in `haystack`: a first-byte scan then a compare, linear for prose.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
