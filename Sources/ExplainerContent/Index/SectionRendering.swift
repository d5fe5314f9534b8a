/// Everything derived from one section at load time, so that requests only look it up.
public struct SectionRendering: Sendable, Hashable {
    /// The id of the section this rendering belongs to.
    public let sectionID: String
    /// The body as stored (same as `Section.markdown`).
    public let markdown: String
    /// The body as safe HTML: all source HTML escaped; only `p`, `ul`/`ol`/`li`, `em`, `strong`,
    /// `blockquote` and http(s) `a` elements are produced.
    public let html: String
    /// `html` with each glossary occurrence wrapped in
    /// `<a class="glossary-term" data-term="slug" href="/v1/glossary/slug">…</a>`; occurrences inside an
    /// existing link, or crossing an emphasis boundary, are left unwrapped.
    public let annotatedHTML: String
    /// The body as plain text: blocks (paragraphs and list items) joined by a blank line (`\n\n`).
    public let plainText: String
    /// Words in the title and the body: whitespace-separated runs holding at least one letter or digit.
    public let wordCount: Int
    /// Reading time in whole minutes at 200 words a minute, rounded up (`0` only for an empty section).
    public let readingMinutes: Int
    /// Ids of the claims whose quote is in this section, in `claims.json` order.
    public let claimIDs: [String]
    /// Glossary occurrences in `title` (offsets into `Section.title`).
    public let titleGlossaryOccurrences: [GlossaryOccurrence]
    /// Glossary occurrences in `plainText`, in text order.
    public let glossaryOccurrences: [GlossaryOccurrence]
    /// The body's paragraphs and list items, in reading order, numbered from 1.
    public let blocks: [SectionBlock]

    /// Creates a rendering; the index builder computes every value.
    public init(
        sectionID: String, markdown: String, html: String, annotatedHTML: String, plainText: String, wordCount: Int,
        readingMinutes: Int, claimIDs: [String], titleGlossaryOccurrences: [GlossaryOccurrence],
        glossaryOccurrences: [GlossaryOccurrence], blocks: [SectionBlock]
    ) {
        self.sectionID = sectionID
        self.markdown = markdown
        self.html = html
        self.annotatedHTML = annotatedHTML
        self.plainText = plainText
        self.wordCount = wordCount
        self.readingMinutes = readingMinutes
        self.claimIDs = claimIDs
        self.titleGlossaryOccurrences = titleGlossaryOccurrences
        self.glossaryOccurrences = glossaryOccurrences
        self.blocks = blocks
    }
}
