/// One section of the explainer: a lead line and the text that follows it up to the next lead line.
///
/// Stored as `Content/sections/NN-slug.md`: a first line `# <lead line>`, a blank line, then the body
/// as Markdown, carried word for word from the explainer.
public struct Section: Sendable, Hashable {
    /// The slug from the file name (`03-emotion-relief.md` → `emotion-relief`).
    public let id: String
    /// The 1-based reading position, equal to the file's `NN` prefix.
    public let position: Int
    /// The lead line, exactly as the explainer gives it; it serves as the section's title.
    public let title: String
    /// The body as stored: Markdown, without the `# ` title line.
    public let markdown: String
    /// Ids of the `ContentNote`s that apply to this section (from `support.json`), possibly empty.
    public let contentNotes: [String]
    /// The file the section was read from, relative to the content directory (`sections/03-emotion-relief.md`).
    public let file: String
    /// The day the section's text last changed in `Content/` (`dates.json`), or `nil` when nobody recorded it.
    public let dateModified: ContentDate?
    /// The day a person last reviewed the section, or `nil`: it stays `nil` until a review happens,
    /// and is never filled in from anything else.
    public let lastReviewed: ContentDate?
    /// The day the next review is due, or `nil` when none is planned; never before `lastReviewed`.
    public let nextReview: ContentDate?

    /// Creates a section; the loader validates the values, this initializer does not.
    public init(
        id: String, position: Int, title: String, markdown: String, contentNotes: [String], file: String,
        dateModified: ContentDate? = nil, lastReviewed: ContentDate? = nil, nextReview: ContentDate? = nil
    ) {
        self.id = id
        self.position = position
        self.title = title
        self.markdown = markdown
        self.contentNotes = contentNotes
        self.file = file
        self.dateModified = dateModified
        self.lastReviewed = lastReviewed
        self.nextReview = nextReview
    }
}
