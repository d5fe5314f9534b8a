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
        case .embedCurrent:
            _ = try QueryOptions(request.query, for: resource.kind.parameters)
            return EmbedScript.redirect(to: EmbedScript.location(configuration), contentVersion: contentVersion)
        default: break
        }
        // Without a query every option is at its default: nothing to validate, and the pre-rendered
        // body is found without building the options at all (the common request, kept cheap).
        let options = request.query.isEmpty ? nil : try QueryOptions(request.query, for: resource.kind.parameters)
        if let options { try validateFilters(options) }
        let body = try self.body(resource, variant: options?.variantKey ?? "") { () throws(HTTPError) in
            try renderer.render(resource, as: .document, options: options ?? QueryOptions())
        }
        return try caching.response(body, to: request)
    }

    /// A section: JSON, or with `Accept: text/markdown` or `text/plain` that body alone.
    ///
    /// JSON is what the URL names, so it is shared-cacheable (`Vary: Accept` for caches that honour
    /// it); the Markdown or text body is chosen by `Accept` alone, so it is `private`.
    private func serveSection(_ resource: Resource, _ request: Request) throws(HTTPError) -> Response {
        let options = request.query.isEmpty ? nil : try QueryOptions(request.query, for: resource.kind.parameters)
        let representation: Representation =
            switch AcceptedMediaTypes(request.headers).preferred(Self.sectionMediaTypes) {
            case "text/markdown": .markdown
            case "text/plain": .plainText
            default: .document
            }
        // The body alone ignores JSON-shaping options, so all their variants share one memo entry. An
        // unknown id finds no body and the renderer answers 404 with the nearest ids.
        let variant = representation == .document ? options?.variantKey ?? "" : ""
        let body = try self.body(resource, representation, variant: variant) { () throws(HTTPError) in
            try renderer.render(resource, as: representation, options: options ?? QueryOptions())
        }
        return try caching.response(body, to: request, vary: .accept, shared: representation == .document)
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
