import ExplainerContent
import HTTPCore

/// One thing the API serves, named once: what a route pattern resolves to (with the id it captured),
/// what a rendered body is kept by, what pre-rendering walks, and what the renderer switches on.
///
/// The patterns live in `Resource.Kind`, so the router, `/`'s list, the metrics' route label (the
/// pattern the router stamped) and the renderer all read one table and no path is parsed twice.
package enum Resource: Hashable, Sendable {
    /// `/`: what the API serves and where.
    case root
    /// `/v1/explainer`: the explainer whole.
    case explainer
    /// `/v1/sections` and one section by id.
    case sections
    case section(id: String)
    /// `/v1/claims` and one research claim by id.
    case claims
    case claim(id: String)
    /// `/v1/sources` and one cited source by id.
    case sources
    case source(id: String)
    /// `/v1/glossary` and one term by id (the term's slug: `/v1/glossary/{id}`).
    case glossary
    case term(slug: String)
    /// `/v1/support`: support lines for a region.
    case support
    /// `/v1/search`: full-text search, as JSON.
    case search
    /// `/v1/search.txt`: the same search as plain text, for a language model's context.
    case searchText
    /// `/openapi.yaml`: the API's description.
    case openAPI
    /// `/problems`: every problem type a problem document's `type` names, and one by slug.
    case problems
    case problem(type: String)
    /// `/explainer`: the whole explainer as a page a person reads.
    case page
    /// `/explainer/{id}`: one section as a page.
    case sectionPage(id: String)
    /// `/assets/{name}`: the pages' stylesheet; only its current hashed name (`PageStylesheet.name`) exists.
    case stylesheet(name: String)
    /// `/v1/feed.atom` and `/v1/feed.json`: what changed, as Atom 1.0 and JSON Feed 1.1.
    case feedAtom
    case feedJSON
    /// `/embed/v1.js`: the embed script, and `/embed.js`, which redirects to the current version.
    case embedScript
    case embedCurrent
    /// `/embed/{id}`: one section as a page another site may frame.
    case embed(id: String)

    /// The resource a route of `kind` names, with the id its pattern captured.
    ///
    /// The router only calls a handler after its pattern matched, and a capture is never empty, so the
    /// id is always there; the empty string is what a caller outside the router would get.
    package init(_ kind: Kind, _ parameters: PathParameters) {
        let id = parameters[kind.capture ?? ""] ?? ""
        switch kind {
        case .root: self = .root
        case .explainer: self = .explainer
        case .sections: self = .sections
        case .section: self = .section(id: id)
        case .claims: self = .claims
        case .claim: self = .claim(id: id)
        case .sources: self = .sources
        case .source: self = .source(id: id)
        case .glossary: self = .glossary
        case .term: self = .term(slug: id)
        case .support: self = .support
        case .search: self = .search
        case .searchText: self = .searchText
        case .openAPI: self = .openAPI
        case .problems: self = .problems
        case .problem: self = .problem(type: id)
        case .page: self = .page
        case .sectionPage: self = .sectionPage(id: id)
        case .stylesheet: self = .stylesheet(name: id)
        case .feedAtom: self = .feedAtom
        case .feedJSON: self = .feedJSON
        case .embedScript: self = .embedScript
        case .embedCurrent: self = .embedCurrent
        case .embed: self = .embed(id: id)
        }
    }

    /// The pattern this resource is served at.
    package var kind: Kind {
        switch self {
        case .root: .root
        case .explainer: .explainer
        case .sections: .sections
        case .section: .section
        case .claims: .claims
        case .claim: .claim
        case .sources: .sources
        case .source: .source
        case .glossary: .glossary
        case .term: .term
        case .support: .support
        case .search: .search
        case .searchText: .searchText
        case .openAPI: .openAPI
        case .problems: .problems
        case .problem: .problem
        case .page: .page
        case .sectionPage: .sectionPage
        case .stylesheet: .stylesheet
        case .feedAtom: .feedAtom
        case .feedJSON: .feedJSON
        case .embedScript: .embedScript
        case .embedCurrent: .embedCurrent
        case .embed: .embed
        }
    }

    /// The resource's own path, without a query: what its `links.self` starts from.
    package var path: String {
        switch self {
        case .section(let id): "/v1/sections/\(id)"
        case .claim(let id): "/v1/claims/\(id)"
        case .source(let id): "/v1/sources/\(id)"
        case .term(let slug): "/v1/glossary/\(slug)"
        case .problem(let type): "/problems/\(type)"
        case .sectionPage(let id): "/explainer/\(id)"
        case .stylesheet(let name): "/assets/\(name)"
        case .embed(let id): "/embed/\(id)"
        default: kind.pattern
        }
    }

    /// Every resource of `index` whose default body is rendered when the snapshot is made: all but
    /// search, whose answer depends on its query, and `/embed.js`, which is a redirect.
    package static func prerendered(in index: ContentIndex) -> [Resource] {
        [.root, .explainer, .sections, .claims, .sources, .glossary, .support, .openAPI, .problems, .page]
            + [.feedAtom, .feedJSON, .embedScript]
            + [.stylesheet(name: PageStylesheet.name)]
            + index.sections.map { .section(id: $0.id) } + index.sections.map { .sectionPage(id: $0.id) }
            + index.claims.map { .claim(id: $0.id) }
            + index.sources.map { .source(id: $0.id) } + index.glossary.map { .term(slug: $0.slug) }
            + index.sections.map { .embed(id: $0.id) } + ProblemCatalog.all.map { .problem(type: $0.slug) }
    }

    /// The representations of this resource rendered ahead: a section's three and its JSON-LD, the
    /// explainer's document and JSON-LD, a problem page's HTML and JSON, every other resource's document.
    package var representations: [Representation] {
        switch self {
        case .section: [.document, .markdown, .plainText, .structuredData]
        case .explainer: [.document, .structuredData]
        case .problems, .problem: [.html, .document]
        default: [.document]
        }
    }
}
