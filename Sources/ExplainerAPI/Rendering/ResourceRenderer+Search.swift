import ExplainerContent

extension ResourceRenderer {
    /// A search response as JSON: the support block first (the query's assessment and the region's
    /// lines, always present), then which mode ran and why (`mode`, `mode_requested`,
    /// `fallback_reason`), how well anything matches, the query and the types searched, then the
    /// ranked hits in the shape of every list (`items`, `total`, `limit`, `links`), each ready to cite
    /// and naming the retrievers that found it.
    ///
    /// An answer is one page, the best `limit` hits of `total`: search takes no cursor, so
    /// `links.next` is null, as on the last page of any list.
    package func search(_ response: HybridSearchResponse, region: String?, selfPath: String) -> JSONDocument {
        let types = SearchResultType.allCases.filter { response.request.types.contains($0) }.map(\.filterName)
        return .object([
            ("support", searchSupport(response.support, region: region)),
            ("mode", .string(response.mode.rawValue)),
            ("mode_requested", .string(response.requestedMode.rawValue)),
            ("fallback_reason", response.fallbackReason.map { .string($0) } ?? .null),
            ("match", .string(response.match.rawValue)),
            ("query", .string(response.request.query)),
            ("types", .strings(types)),
            ("items", .array(response.hits.map { searchResult($0.hit, retrievers: $0.retrievers) })),
            ("total", .int(response.totalMatches)),
            ("limit", .int(response.request.limit)),
            ("links", Self.links(selfPath, [("next", .null)])),
        ])
    }

    /// One hit: what it is, its score, title and snippet, its own path as `links.self` (a passage's
    /// is its section's), the section it is in, and its sources.
    func searchResult(_ hit: SearchHit, retrievers: [SearchRetriever]) -> JSONDocument {
        var section = JSONDocument.null
        if let id = hit.sectionID {
            section = .object([
                ("id", .string(id)), ("title", .string(hit.sectionTitle ?? "")),
                ("links", .object([("self", .string(hit.sectionURL ?? Resource.section(id: id).path))])),
            ])
        }
        // Scores are rounded so the same query always renders the same bytes (and ETag).
        let score = (hit.score * 10_000).rounded() / 10_000
        return .object([
            ("type", .string(hit.type.rawValue)),
            ("id", .string(hit.id)),
            ("score", .double(score)),
            ("title", .string(hit.title)),
            ("section", section),
            ("snippet", .string(hit.snippet)),
            ("snippet_html", .string(hit.snippetHTML)),
            ("matches", .array(hit.matches.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) })),
            ("sources", .array(hit.sourceIDs.map(sourceSummary))),
            ("retrievers", .strings(retrievers.map(\.rawValue))),
            ("links", .object([("self", .string(hit.url))])),
        ])
    }
}
