/// One search result, ready to render and to cite.
public struct SearchHit: Sendable, Hashable {
    /// What the hit is.
    public var type: SearchResultType
    /// `{section-id}#p{n}` for a passage, the claim id, or the glossary slug.
    public var id: String
    /// The BM25F score; only comparable within one response.
    public var score: Double
    /// The section title for a passage or claim, the term for a glossary hit.
    public var title: String
    /// The API resource the hit points to.
    public var url: String
    /// The section the hit belongs to (`nil` for glossary terms).
    public var sectionID: String?
    /// That section's title.
    public var sectionTitle: String?
    /// That section's URL, `/v1/sections/{id}`.
    public var sectionURL: String?
    /// Plain text around the matches, whole when short; `…` marks a cut.
    public var snippet: String
    /// `snippet` HTML-escaped with each match in `<mark>…</mark>`.
    public var snippetHTML: String
    /// The matches' offsets within `snippet`, in order, never overlapping.
    public var matches: [SearchMatch]
    /// Ids of the sources the hit cites (claims; passages that state a claim), in content order.
    public var sourceIDs: [String]

    /// Creates a hit.
    public init(
        type: SearchResultType, id: String, score: Double, title: String, url: String, sectionID: String?,
        sectionTitle: String?, sectionURL: String?, snippet: String, snippetHTML: String, matches: [SearchMatch],
        sourceIDs: [String]
    ) {
        self.type = type
        self.id = id
        self.score = score
        self.title = title
        self.url = url
        self.sectionID = sectionID
        self.sectionTitle = sectionTitle
        self.sectionURL = sectionURL
        self.snippet = snippet
        self.snippetHTML = snippetHTML
        self.matches = matches
        self.sourceIDs = sourceIDs
    }
}
