import ExplainerContent
import HTTPCore

/// Renders any resource of one content version, by resource, representation and validated options,
/// into bytes.
///
/// `RenderedContent` calls it for every resource at start-up and for query variants on first use.
/// The resource comes from the route that matched, so it is known; only its id may name nothing,
/// which is a 404 with the nearest ids.
package struct SnapshotRenderer: Sendable {
    /// Builds each resource's document.
    package let resources: ResourceRenderer
    /// The full-text index over this version, for `/v1/search`.
    package let search: SearchIndex
    /// Bodies over this many bytes are also stored gzip-compressed.
    package let gzipThreshold: Int
    /// The API version shown at `/`.
    package let apiVersion: String
    /// The configuration: absolute links (`absoluteURL`) and the embed page's `frame-ancestors`.
    package let configuration: APIConfiguration
    /// Builds the pages a person reads.
    package let pages: PageRenderer
    /// Builds the schema.org descriptions.
    package let structuredData: StructuredData

    var index: ContentIndex { resources.index }

    /// Every resource at its default options, keyed like `RenderedContent.body` looks them up.
    package func prerender() -> [BodyKey: RenderedBody] {
        let defaults = QueryOptions()
        var bodies: [BodyKey: RenderedBody] = [:]
        for resource in Resource.prerendered(in: index) {
            for representation in resource.representations {
                if let body = try? render(resource, as: representation, options: defaults) {
                    bodies[BodyKey(resource, representation, "")] = body
                }
            }
        }
        return bodies
    }

    /// Renders one representation of a resource with these options.
    package func render(_ resource: Resource, as representation: Representation, options: QueryOptions) throws(HTTPError)
        -> RenderedBody
    {
        let document: JSONDocument
        var links: [String] = []
        let path = resource.path
        switch resource {
        case .root:
            document = resources.root(apiVersion: apiVersion)
        case .explainer:
            if representation == .structuredData { return structured(structuredData.explainer(), .page, pretty: options.pretty) }
            document = resources.explainer()
        case .support:
            document = resources.support(region: options.filters["country"])
        case .openAPI:
            return OpenAPIDocument.body
        case .problems:
            if representation == .html { return html(ProblemPage.index(ProblemCatalog.all)) }
            document = resources.problemTypes(ProblemCatalog.all)
        case .problem(let slug):
            guard let problem = ProblemCatalog.description(slug: slug) else {
                throw notFound("problem type", slug, ProblemCatalog.all.map(\.slug))
            }
            if representation == .html { return html(ProblemPage.page(problem, typeBase: resources.problemTypeBase)) }
            document = resources.problemType(problem)
        case .page:
            return page(pages.explainerPage(region: options.filters["country"]), resource)
        case .sectionPage(let id):
            guard let section = index.section(id: id) else { throw notFound("section", id, index.sections.map(\.id)) }
            return page(pages.sectionPage(section, region: options.filters["country"]), resource)
        case .stylesheet(let name):
            guard name == PageStylesheet.name else { throw notFound("asset", name, [PageStylesheet.name]) }
            return PageStylesheet.body(gzipThreshold: gzipThreshold)
        case .feedAtom:
            let feed = SyndicationFeed(index: index, configuration: configuration)
            return RenderedBody(
                contentType: SyndicationFeed.atomContentType, bytes: feed.atom(), gzipThreshold: gzipThreshold,
                lastModified: lastModified(resource, options))
        case .feedJSON:
            let feed = SyndicationFeed(index: index, configuration: configuration)
            return RenderedBody(
                contentType: SyndicationFeed.jsonFeedContentType, bytes: feed.jsonFeed().encoded(pretty: options.pretty),
                gzipThreshold: gzipThreshold, lastModified: lastModified(resource, options))
        case .embedScript:
            return RenderedBody(contentType: EmbedScript.contentType, bytes: EmbedScript.bytes, gzipThreshold: gzipThreshold)
        case .embedCurrent:
            // `RenderedContent.serve` answers it with a redirect; it has no body of its own to render.
            throw APIProblem.notFound("resource", id: "embed.js", known: [])
        case .embed(let id):
            guard let section = index.section(id: id) else { throw notFound("section", id, index.sections.map(\.id)) }
            return RenderedBody(
                contentType: "text/html; charset=utf-8", bytes: EmbedPage.html(section, in: index, configuration: configuration),
                gzipThreshold: gzipThreshold, lastModified: lastModified(resource, options),
                extraFields: [
                    ("Content-Security-Policy", EmbedPage.contentSecurityPolicy(frameAncestors: configuration.frameAncestors)),
                    ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                ])
        case .search, .searchText:
            guard let request = options.search else { throw APIProblem.badParameter("q", SearchRequestError.emptyQuery.detail) }
            let bytes = renderSearch(
                HybridSearchResponse(lexical: search.search(request)), region: options.filters["country"], as: representation,
                pretty: options.pretty)
            return RenderedBody(
                contentType: representation == .plainText ? representation.textContentType : JSONDocument.contentType, bytes: bytes,
                gzipThreshold: gzipThreshold)
        case .section(let id):
            guard let section = index.section(id: id) else { throw notFound("section", id, index.sections.map(\.id)) }
            if representation == .structuredData {
                return structured(structuredData.section(section), .sectionPage(id: id), pretty: options.pretty)
            }
            if representation != .document {
                let text = representation == .markdown ? section.markdown : index.rendering(sectionID: id)?.plainText ?? ""
                return RenderedBody(
                    contentType: representation.textContentType, bytes: Array(text.utf8), gzipThreshold: gzipThreshold,
                    lastModified: lastModified(resource, options))
            }
            document = single(
                resources.section(section, formats: options.formats, annotateGlossary: options.annotateGlossary),
                options, keep: ["id", "links"], includes: resources.sectionIncludes(section, options.include))
        case .sections:
            let changed = options.modifiedSince.map { since in
                index.sections.filter { section in section.dateModified.map { $0 >= since } ?? true }
            }
            (document, links) = try list(path, changed ?? index.sections, options, keep: ["id", "links"]) { section in
                (
                    resources.section(section, formats: options.formats, annotateGlossary: options.annotateGlossary),
                    resources.sectionIncludes(section, options.include)
                )
            }
        case .claim(let id):
            guard let claim = index.claim(id: id) else { throw notFound("claim", id, index.claims.map(\.id)) }
            document = single(resources.claim(claim), options, keep: ["id", "links"], includes: claimIncludes(claim, options.include))
        case .claims:
            let filtered = index.claims.filter { claim in
                (options.filters["section"].map { $0 == claim.sectionID } ?? true)
                    && (options.filters["source"].map { claim.sourceIDs.contains($0) } ?? true)
            }
            (document, links) = try list(path, filtered, options, keep: ["id", "links"]) { claim in
                (resources.claim(claim), claimIncludes(claim, options.include))
            }
        case .source(let id):
            guard let source = index.source(id: id) else { throw notFound("source", id, index.sources.map(\.id)) }
            document = single(resources.source(source), options, keep: ["id", "links"], includes: sourceIncludes(source, options.include))
        case .sources:
            (document, links) = try list(path, index.sources, options, keep: ["id", "links"]) { source in
                (resources.source(source), sourceIncludes(source, options.include))
            }
        case .term(let slug):
            guard let term = index.glossaryTerm(slug: slug) else { throw notFound("glossary term", slug, index.glossary.map(\.slug)) }
            document = single(
                resources.glossaryTerm(term), options, keep: Self.termKept, includes: termIncludes(term, options.include))
        case .glossary:
            let terms = resources.glossaryTerms(matching: options.filters["q"] ?? "")
            (document, links) = try list(path, terms, options, keep: Self.termKept) { term in
                (resources.glossaryTerm(term), termIncludes(term, options.include))
            }
        }
        return RenderedBody(
            json: document, pretty: options.pretty, gzipThreshold: gzipThreshold, links: links,
            lastModified: lastModified(resource, options))
    }

    /// `Last-Modified` for a resource rendered with these options: the start of the newest day of
    /// the content it is made of, or nil when a day is unknown.
    private func lastModified(_ resource: Resource, _ options: QueryOptions) -> Int? {
        resource.dateModified(in: index, withIncludes: !options.include.isEmpty)?.secondsSinceEpoch
    }

    /// A search's answer as bytes: the JSON document, or with `format=text` the text a chatbot quotes.
    ///
    /// Rendered per request and never stored (`RenderedContent.serveSearch`): the bytes hold what
    /// someone typed.
    package func renderSearch(_ response: HybridSearchResponse, region: String?, as representation: Representation, pretty: Bool)
        -> [UInt8]
    {
        if representation == .plainText {
            let ranked = SearchResponse(
                request: response.request, hits: response.hits.map(\.hit), totalMatches: response.totalMatches, support: response.support)
            let text = SearchTextRenderer.render(
                ranked, index: search, content: index, support: resources.supportBlock(for: response.support, region: region),
                notes: ResourceRenderer.supportNotes(for: response.support))
            return Array(text.utf8)
        }
        let selfPath = Resource.search.path + "?q=" + Self.percentEncode(response.request.query)
        return resources.search(response, region: region, selfPath: selfPath).encoded(pretty: pretty)
    }

    private func html(_ page: String) -> RenderedBody {
        RenderedBody(contentType: Representation.html.textContentType, bytes: Array(page.utf8), gzipThreshold: gzipThreshold)
    }
    /// The members `?fields=` always keeps on a glossary term: its id, the deprecated `slug` alias of
    /// it, and its links.
    static let termKept = ["id", "slug", "links"]

    /// A page's body, with the fields every page sends and `Last-Modified` from the content it shows.
    private func page(_ bytes: [UInt8], _ resource: Resource) -> RenderedBody {
        RenderedBody(
            contentType: PageRenderer.contentType, bytes: bytes, gzipThreshold: gzipThreshold,
            lastModified: resource.dateModified(in: index)?.secondsSinceEpoch, extraFields: PageRenderer.fields)
    }

    /// A JSON-LD body, with `Last-Modified` from the content of `page`, the page it describes (its
    /// `dateModified`).
    private func structured(_ document: JSONDocument, _ resource: Resource, pretty: Bool) -> RenderedBody {
        RenderedBody(
            contentType: StructuredData.contentType, bytes: document.encoded(pretty: pretty), gzipThreshold: gzipThreshold,
            lastModified: resource.dateModified(in: index)?.secondsSinceEpoch)
    }

    private func notFound(_ kind: String, _ id: String, _ known: [String]) -> HTTPError {
        APIProblem.notFound(kind, id: id, known: known)
    }
}
