/// One unit of retrieval as the search index sees it, independent of the content model.
///
/// `SearchIndex(content:)` maps sections' blocks, claims and glossary terms into these; tests and the
/// synthetic benchmark can build them directly.
public struct SearchDocument: Sendable, Hashable {
    /// Stable id: `{section-id}#p{n}` for a passage, the claim id, or the glossary slug.
    public var id: String
    /// What the document is.
    public var type: SearchResultType
    /// Display title: the section title for a passage, the claim's section title, or the term.
    public var title: String
    /// The API resource the hit points to (`/v1/sections/{id}`, `/v1/claims/{id}`, `/v1/glossary/{id}`).
    public var url: String
    /// The section the document belongs to, if any (glossary terms have none).
    public var sectionID: String?
    /// That section's title.
    public var sectionTitle: String?
    /// The weighted fields that are indexed.
    public var fields: [SearchField]
    /// The name of the field whose text becomes the snippet (normally `body`).
    public var snippetField: String
    /// Ids of the sources the document cites (a claim's sources; for a passage, those of the claims it states).
    public var sourceIDs: [String]
    /// Questions this document answers in people's words (`SearchQuestions`): more vectors for the
    /// dense retriever only; empty unless the content folder has `search-questions.json`.
    public var questions: [String] = []

    /// Creates a document.
    public init(
        id: String, type: SearchResultType, title: String, url: String, sectionID: String? = nil,
        sectionTitle: String? = nil, fields: [SearchField], snippetField: String = SearchField.Name.body,
        sourceIDs: [String] = []
    ) {
        self.id = id
        self.type = type
        self.title = title
        self.url = url
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.fields = fields
        self.snippetField = snippetField
        self.sourceIDs = sourceIDs
    }

    /// The URL of a section resource, as every hit's section link uses it.
    public static func sectionURL(_ sectionID: String) -> String { "/v1/sections/\(sectionID)" }

    /// The text snippets are cut from.
    var snippetText: String { fields.first(where: { $0.name == snippetField })?.text ?? "" }
}
