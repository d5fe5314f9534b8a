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
        return haystacks.contains { ByteSearch.contains(needle, in: $0) }
    }
}
