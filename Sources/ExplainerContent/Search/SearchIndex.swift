/// An immutable full-text index over passages, claims and glossary terms, with the crisis signal.
///
/// Built once per content version (a reload builds a new one beside the old), then shared by every
/// request thread: all stored state is immutable, and the only lock is the stemmer's, taken for the
/// few words of each query. See `BM25Parameters` for the ranking formula and `SearchField` for the
/// field weights; `search(_:)` documents the query syntax.
public final class SearchIndex: Sendable {
    /// The indexed documents, in content order (ties in score keep this order).
    public let documents: [SearchDocument]
    /// The ranking constants in force.
    public let parameters: BM25Parameters
    /// Assesses each query for crisis signals (`CrisisDetector`, rules alone unless given a model).
    public let crisisDetector: CrisisDetector
    /// The analyzer used on documents, and so on queries.
    let analyzer: EnglishAnalyzer
    /// Synonym phrases and their concepts.
    let synonyms: SynonymMatcher
    /// Term ids by term (stems and concept terms).
    let termIDs: [String: Int32]
    /// Postings by term id.
    let postings: [TermPostings]
    /// Folded words and their terms, sorted by word, for prefix completion.
    let vocabulary: [VocabularyEntry]
    /// Each document's snippet-field tokens, by document index.
    let snippetTokens: [[SnippetToken]]
    /// Each document's `SearchResultType.ordinal`, so filtering by type touches no document struct.
    let documentTypes: [UInt8]
    /// Document indices by `type:id` (a claim and a glossary term may share an id).
    let documentsByKey: [String: Int]

    /// Builds an index.
    ///
    /// - Parameters:
    ///   - documents: the units of retrieval, in content order.
    ///   - synonyms: groups of phrases that mean the same (a glossary term with its aliases).
    ///   - crisisDetector: assesses each query (the rules alone by default).
    ///   - parameters: ranking constants.
    ///   - analyzer: the English analyzer (a new stemmer by default).
    public init(
        documents: [SearchDocument], synonyms: [[String]] = [], crisisDetector: CrisisDetector = CrisisDetector(),
        parameters: BM25Parameters = BM25Parameters(), analyzer: EnglishAnalyzer = EnglishAnalyzer()
    ) {
        var builder = SearchIndexBuilder(analyzer: analyzer, parameters: parameters, synonymGroups: synonyms)
        for document in documents { builder.add(document) }
        let (postings, vocabulary) = builder.finish()
        self.documents = documents
        self.parameters = parameters
        self.crisisDetector = crisisDetector
        self.analyzer = analyzer
        self.synonyms = builder.synonyms
        self.termIDs = builder.termIDs
        self.postings = postings
        self.vocabulary = vocabulary
        self.snippetTokens = builder.snippets
        self.documentTypes = documents.map(\.type.ordinal)
        var byKey: [String: Int] = [:]
        for (slot, document) in documents.enumerated() { byKey["\(document.type.rawValue):\(document.id)"] = slot }
        self.documentsByKey = byKey
    }

    /// The document of a hit, by its type and id.
    public func document(type: SearchResultType, id: String) -> SearchDocument? {
        documentsByKey["\(type.rawValue):\(id)"].map { documents[$0] }
    }

    /// How many distinct terms are indexed (stems plus synonym concepts).
    public var termCount: Int { termIDs.count }

    /// The id of an analysed term, if it occurs anywhere.
    func termID(_ term: String) -> Int32? { termIDs[term] }
}
