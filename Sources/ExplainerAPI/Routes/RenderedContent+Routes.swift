import ExplainerContent
import HTTPCore

extension RenderedContent {
    /// The offers for a section's representation, JSON first so it wins ties and `*/*`.
    static let sectionMediaTypes = ["application/json", "text/markdown", "text/plain"]

    /// Answers a request for `resource` from this snapshot: validate the query, look the body up
    /// (rendering a variant on first use), and answer with caching headers.
    package func serve(_ resource: Resource, _ request: Request) throws(HTTPError) -> Response {
        switch resource {
        case .section: return try serveSection(resource, request)
        case .support: return try serveSupport(request)
        case .search: return try serveSearch(request)
        case .searchText: return try serveSearch(request, asText: true)
        case .problems, .problem: return try serveProblem(resource, request)
        case .page, .sectionPage: return try servePage(resource, request)
        case .embedCurrent:
            _ = try QueryOptions(request.query, for: resource.kind.parameters)
            return EmbedScript.redirect(to: EmbedScript.location(configuration), contentVersion: contentVersion)
        default: break
        }
        // Without a query every option is at its default: nothing to validate, and the pre-rendered
        // body is found without building the options at all (the common request, kept cheap).
        let options = request.query.isEmpty ? nil : try QueryOptions(request.query, for: resource.kind.parameters)
        if let options { try validateFilters(options) }
        let representation: Representation = options?.structuredData == true ? .structuredData : .document
        let body = try self.body(resource, representation, variant: Self.variant(options, representation)) { () throws(HTTPError) in
            try renderer.render(resource, as: representation, options: options ?? QueryOptions())
        }
        return try caching.response(body, to: request)
    }

    /// The memo key of a representation's options: all of them for the JSON document, only `pretty`
    /// for JSON-LD (which `fields` and the like do not shape), none for a text body.
    private static func variant(_ options: QueryOptions?, _ representation: Representation) -> String {
        guard let options else { return "" }
        switch representation {
        case .document: return options.variantKey
        case .structuredData: return options.pretty ? "pretty" : ""
        case .markdown, .plainText, .html: return ""
        }
    }

    /// A page: the pre-rendered one, or with `?country=` the one with that region's support lines,
    /// rendered on first use. The region comes from the URL alone, so a shared cache keyed by URL
    /// (and `Accept-Encoding`) never serves one reader another's lines.
    private func servePage(_ resource: Resource, _ request: Request) throws(HTTPError) -> Response {
        // Without a query the page is the pre-rendered one: found without building any options.
        guard !request.query.isEmpty else {
            let body = try self.body(resource, variant: "") { () throws(HTTPError) in
                try renderer.render(resource, as: .document, options: QueryOptions())
            }
            return try caching.response(body, to: request)
        }
        var options = try QueryOptions(request.query, for: resource.kind.parameters)
        if let country = options.filters["country"] {
            let code = try SupportRegion.resolve(country: country, headers: HTTPHeaders())
            options.filters = code.map { ["country": $0] } ?? [:]
            options.variantKey = code.map { "country=\($0)" } ?? ""
        }
        let body = try self.body(resource, variant: options.variantKey) { () throws(HTTPError) in
            try renderer.render(resource, as: .document, options: options)
        }
        return try caching.response(body, to: request)
    }

    /// A section: JSON, or with `Accept: text/markdown` or `text/plain` that body alone.
    ///
    /// JSON is what the URL names, so it is shared-cacheable (`Vary: Accept` for caches that honour
    /// it), and so is JSON-LD at `?format=jsonld` (no `Vary: Accept`: the URL alone chose it); the
    /// Markdown or text body is chosen by `Accept` alone, so it is `private`.
    private func serveSection(_ resource: Resource, _ request: Request) throws(HTTPError) -> Response {
        let options = request.query.isEmpty ? nil : try QueryOptions(request.query, for: resource.kind.parameters)
        // `?format=jsonld` is chosen by the URL, so it does not vary on `Accept`.
        let structured = options?.structuredData == true
        let representation: Representation =
            if structured {
                .structuredData
            } else {
                switch AcceptedMediaTypes(request.headers).preferred(Self.sectionMediaTypes) {
                case "text/markdown": .markdown
                case "text/plain": .plainText
                default: .document
                }
            }
        // The body alone ignores JSON-shaping options, so all their variants share one memo entry. An
        // unknown id finds no body and the renderer answers 404 with the nearest ids.
        let body = try self.body(resource, representation, variant: Self.variant(options, representation)) { () throws(HTTPError) in
            try renderer.render(resource, as: representation, options: options ?? QueryOptions())
        }
        return try caching.response(
            body, to: request, vary: structured ? .acceptEncoding : .accept, shared: representation == .document || structured)
    }

    /// The offers for a problem type's page: HTML first, for the person who follows a `type` URI.
    static let problemMediaTypes = ["text/html", "application/json"]

    /// `/problems` and `/problems/{type}`: the HTML page, or with `Accept: application/json` the
    /// same as JSON. A client that accepts neither gets the page, as sections give JSON, never 406.
    private func serveProblem(_ resource: Resource, _ request: Request) throws(HTTPError) -> Response {
        if !request.query.isEmpty { _ = try QueryOptions(request.query, for: resource.kind.parameters) }
        let representation: Representation =
            AcceptedMediaTypes(request.headers).preferred(Self.problemMediaTypes) == "application/json" ? .document : .html
        let body = try self.body(resource, representation, variant: "") { () throws(HTTPError) in
            try renderer.render(resource, as: representation, options: QueryOptions())
        }
        return try caching.response(body, to: request, vary: .accept)
    }

    /// `/v1/support`: lines for `?country=`, else for the `Accept-Language` region, else the fallback.
    ///
    /// Only `?country=` answers are shared-cacheable: without it the lines depend on `Accept-Language`,
    /// so the answer is `private` (`Vary: Accept-Language`), and a CDN never serves one reader's
    /// region to another.
    private func serveSupport(_ request: Request) throws(HTTPError) -> Response {
        var options = try QueryOptions(request.query, for: Resource.Kind.support.parameters)
        let country = options.filters["country"]
        let region = try SupportRegion.resolve(country: country, headers: request.headers)
        options.filters = region.map { ["country": $0] } ?? [:]
        options.variantKey = [options.pretty ? "pretty" : nil, region.map { "country=\($0)" }].compactMap { $0 }.joined(separator: "&")
        let body = try self.body(.support, variant: options.variantKey) { () throws(HTTPError) in
            try renderer.render(.support, as: .document, options: options)
        }
        return try caching.response(body, to: request, vary: country == nil ? .acceptLanguage : .acceptEncoding, shared: country != nil)
    }

    /// Rejects list filters that name nothing, with the nearest ids, instead of answering an empty list.
    private func validateFilters(_ options: QueryOptions) throws(HTTPError) {
        if let section = options.filters["section"], index.section(id: section) == nil {
            throw APIProblem.badParameter(
                "section", "There is no section with id '\(String(section.prefix(64)))'.",
                suggestions: Suggestions.nearest(to: section, among: index.sections.map(\.id)))
        }
        if let source = options.filters["source"], index.source(id: source) == nil {
            throw APIProblem.badParameter(
                "source", "There is no source with id '\(String(source.prefix(64)))'.",
                suggestions: Suggestions.nearest(to: source, among: index.sources.map(\.id)))
        }
    }
}
