import ExplainerContent
import HTTPCore

/// Renders any resource of one content version, by path and validated options, into bytes.
///
/// `RenderedContent` calls it for every resource at start-up and for query variants on first use;
/// ids have been checked by the handler (or come from the index), so an unknown one here is a 404
/// only as a safety net.
package struct SnapshotRenderer: Sendable {
    /// Builds each resource's document.
    package let resources: ResourceRenderer
    /// Bodies over this many bytes are also stored gzip-compressed.
    package let gzipThreshold: Int
    /// The API version shown at `/`.
    package let apiVersion: String

    /// A section's Markdown body alone.
    package static let markdown = "text/markdown; charset=utf-8"
    /// A section's plain-text body alone (and search's `format=text`).
    package static let plainText = "text/plain; charset=utf-8"

    var index: ContentIndex { resources.index }

    /// Every resource at its default options, keyed like `RenderedContent.body` looks them up.
    package func prerender() -> [BodyKey: RenderedBody] {
        var paths = ["/", "/v1/explainer", "/v1/sections", "/v1/claims", "/v1/sources", "/v1/glossary", "/v1/support"]
        paths += index.sections.map { "/v1/sections/\($0.id)" }
        paths += index.claims.map { "/v1/claims/\($0.id)" }
        paths += index.sources.map { "/v1/sources/\($0.id)" }
        paths += index.glossary.map { "/v1/glossary/\($0.slug)" }
        let defaults = QueryOptions()
        var bodies: [BodyKey: RenderedBody] = [:]
        for path in paths {
            if let body = try? render(path: path, mediaType: "json", options: defaults) {
                bodies[BodyKey(path, mediaType: "json", "")] = body
            }
        }
        for section in index.sections {
            let path = "/v1/sections/\(section.id)"
            for mediaType in [Self.markdown, Self.plainText] {
                if let body = try? render(path: path, mediaType: mediaType, options: defaults) {
                    bodies[BodyKey(path, mediaType: mediaType, "")] = body
                }
            }
        }
        return bodies
    }

    /// Renders one resource; `mediaType` is "json" or one of the section body types.
    package func render(path: String, mediaType: String, options: QueryOptions) throws(HTTPError) -> RenderedBody {
        let parts = path.split(separator: "/").map(String.init)
        let collection = parts.count >= 2 ? parts[1] : ""
        let id = parts.count == 3 ? parts[2] : nil
        let document: JSONValue
        var links: [String] = []
        switch (collection, id) {
        case ("", nil) where parts.isEmpty:
            document = resources.root(apiVersion: apiVersion)
        case ("explainer", nil):
            document = resources.explainer()
        case ("support", nil):
            document = resources.support(region: options.filters["country"])
        case ("sections", let id?):
            guard let section = index.section(id: id) else { throw notFound("section", id, index.sections.map(\.id)) }
            if mediaType == Self.markdown || mediaType == Self.plainText {
                let rendering = index.rendering(sectionID: id)
                let text = mediaType == Self.markdown ? section.markdown : rendering?.plainText ?? ""
                return RenderedBody(contentType: mediaType, bytes: Array(text.utf8), gzipThreshold: gzipThreshold)
            }
            document = single(
                resources.section(section, formats: options.formats, annotateGlossary: options.annotateGlossary),
                options, keep: ["id", "links"], includes: resources.sectionIncludes(section, options.include))
        case ("sections", nil):
            (document, links) = try list(path, index.sections, options, keep: ["id", "links"]) { section in
                (
                    resources.section(section, formats: options.formats, annotateGlossary: options.annotateGlossary),
                    resources.sectionIncludes(section, options.include)
                )
            }
        case ("claims", let id?):
            guard let claim = index.claim(id: id) else { throw notFound("claim", id, index.claims.map(\.id)) }
            document = single(resources.claim(claim), options, keep: ["id", "links"], includes: claimIncludes(claim, options.include))
        case ("claims", nil):
            let filtered = index.claims.filter { claim in
                (options.filters["section"].map { $0 == claim.sectionID } ?? true)
                    && (options.filters["source"].map { claim.sourceIDs.contains($0) } ?? true)
            }
            (document, links) = try list(path, filtered, options, keep: ["id", "links"]) { claim in
                (resources.claim(claim), claimIncludes(claim, options.include))
            }
        case ("sources", let id?):
            guard let source = index.source(id: id) else { throw notFound("source", id, index.sources.map(\.id)) }
            document = single(resources.source(source), options, keep: ["id", "links"], includes: sourceIncludes(source, options.include))
        case ("sources", nil):
            (document, links) = try list(path, index.sources, options, keep: ["id", "links"]) { source in
                (resources.source(source), sourceIncludes(source, options.include))
            }
        case ("glossary", let slug?):
            guard let term = index.glossaryTerm(slug: slug) else { throw notFound("glossary term", slug, index.glossary.map(\.slug)) }
            document = single(
                resources.glossaryTerm(term), options, keep: ["slug", "links"], includes: termIncludes(term, options.include))
        case ("glossary", nil):
            let terms = resources.glossaryTerms(matching: options.filters["q"] ?? "")
            (document, links) = try list(path, terms, options, keep: ["slug", "links"]) { term in
                (resources.glossaryTerm(term), termIncludes(term, options.include))
            }
        default:
            throw HTTPError(.notFound, type: "not-found", title: "Not Found", detail: "There is no resource at this path.")
        }
        return RenderedBody(json: document, pretty: options.pretty, gzipThreshold: gzipThreshold, links: links)
    }

    private func notFound(_ kind: String, _ id: String, _ known: [String]) -> HTTPError {
        APIProblem.notFound(kind, id: id, known: known)
    }
}
