extension Resource {
    /// A resource without its id: one route pattern each, in the order `/` lists them.
    package enum Kind: CaseIterable, Sendable {
        case root, explainer, sections, section, claims, claim, sources, source, glossary, term, support, search, searchText
        case openAPI, problems, problem, page, sectionPage, stylesheet, feedAtom, feedJSON, embedScript, embedCurrent, embed

        /// The route pattern, `{name}` for the captured id.
        package var pattern: String {
            switch self {
            case .root: "/"
            case .explainer: "/v1/explainer"
            case .sections: "/v1/sections"
            case .section: "/v1/sections/{id}"
            case .claims: "/v1/claims"
            case .claim: "/v1/claims/{id}"
            case .sources: "/v1/sources"
            case .source: "/v1/sources/{id}"
            case .glossary: "/v1/glossary"
            case .term: "/v1/glossary/{id}"
            case .support: "/v1/support"
            case .search: "/v1/search"
            case .searchText: "/v1/search.txt"
            case .openAPI: "/openapi.yaml"
            case .problems: "/problems"
            case .problem: "/problems/{type}"
            case .page: "/explainer"
            case .sectionPage: "/explainer/{id}"
            case .stylesheet: "/assets/{name}"
            case .feedAtom: "/v1/feed.atom"
            case .feedJSON: "/v1/feed.json"
            case .embedScript: "/embed/v1.js"
            case .embedCurrent: "/embed.js"
            case .embed: "/embed/{id}"
            }
        }

        /// The name of the pattern's capture, or nil when it has none.
        package var capture: String? {
            switch self {
            case .section, .claim, .source, .term, .sectionPage, .embed: "id"
            case .problem: "type"
            case .stylesheet: "name"
            default: nil
            }
        }

        /// What the route takes in its query string; search validates its own (`serveSearch`).
        package var parameters: RouteParameters {
            switch self {
            case .root: RouteParameters(names: ["pretty"])
            case .explainer: RouteParameters(names: ["format", "pretty"], formats: ["jsonld"])
            case .sections: ResourceRenderer.sectionListParameters
            case .section: ResourceRenderer.sectionParameters
            case .claims: ResourceRenderer.claimListParameters
            case .claim: ResourceRenderer.claimParameters
            case .sources: ResourceRenderer.sourceListParameters
            case .source: ResourceRenderer.sourceParameters
            case .glossary: ResourceRenderer.glossaryListParameters
            case .term: ResourceRenderer.glossaryParameters
            case .support: ResourceRenderer.supportParameters
            case .search: RouteParameters(names: RenderedContent.searchParameters)
            case .searchText: RouteParameters(names: RenderedContent.searchTextParameters)
            case .openAPI, .problems, .problem, .stylesheet, .feedAtom, .embedScript, .embedCurrent, .embed: RouteParameters(names: [])
            case .feedJSON: RouteParameters(names: ["pretty"])
            case .page, .sectionPage: PageRenderer.parameters
            }
        }
    }
}
