/// One of the articles the explainer lists under "sources:".
///
/// Every fact that was not verified is `nil`: the API serves it as unknown, never as a guess.
public struct CitedSource: Sendable, Hashable {
    /// A slug naming the source.
    public let id: String
    /// The title exactly as the explainer lists it.
    public let title: String
    /// The publication, e.g. "Aeon".
    public let outlet: String
    /// The author, or `nil` when not verified.
    public let author: String?
    /// The publication date as an ISO 8601 date, or `nil` when not verified.
    public let date: String?
    /// The canonical http(s) address, or `nil` when not verified.
    public let url: String?
    /// Something a reader should know about the address (e.g. the page's headline differs), or `nil`.
    public let urlNote: String?
    /// Ids of the `ContentNote`s that apply to the article (e.g. `first-person-account`).
    public let contentNotes: [String]
    /// Short notes on what is and is not known about the article.
    public let notes: [String]

    /// Creates a source; the loader validates the values, this initializer does not.
    public init(
        id: String, title: String, outlet: String, author: String?, date: String?, url: String?, urlNote: String?,
        contentNotes: [String], notes: [String]
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.author = author
        self.date = date
        self.url = url
        self.urlNote = urlNote
        self.contentNotes = contentNotes
        self.notes = notes
    }
}
