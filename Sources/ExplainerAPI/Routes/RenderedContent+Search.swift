import ExplainerContent
import HTTPCore

extension RenderedContent {
    /// What `/v1/search` takes (issue "Search for chatbots and sites").
    static let searchParameters = ["q", "limit", "types", "country", "format", "pretty"]

    /// `/v1/search`: validates strictly (as `openapi.yaml` documents), runs the query on this
    /// snapshot's index, and memoises the rendered answer like any other variant.
    func serveSearch(_ request: Request) throws(HTTPError) -> Response {
        var values: [String: String] = [:]
        for (name, value) in request.query {
            guard Self.searchParameters.contains(name) else {
                throw APIProblem.unknownParameter(name, known: Self.searchParameters)
            }
            guard values.updateValue(value, forKey: name) == nil else {
                throw APIProblem.badParameter(name, "'\(name)' was given more than once; give it once.")
            }
        }
        if let limit = values["limit"], limit.isEmpty || limit.utf8.count > 3 || !limit.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            throw APIProblem.badParameter("limit", "limit must be a whole number from 1 to \(SearchRequest.maximumLimit).")
        }
        let typeNames = SearchResultType.allCases.map(\.filterName)
        if let types = values["types"],
            types.split(separator: ",", omittingEmptySubsequences: false).contains(where: { !typeNames.contains(String($0)) })
        {
            throw APIProblem.badParameter(
                "types", "types takes a comma-separated list of: \(typeNames.joined(separator: ", ")).", allowed: typeNames)
        }
        let format = values["format"] ?? "json"
        guard format == "json" || format == "text" else {
            throw APIProblem.badParameter("format", "format takes json or text.", allowed: ["json", "text"])
        }
        let pretty = values["pretty"] ?? "0"
        guard pretty == "0" || pretty == "1" else {
            throw APIProblem.badParameter("pretty", "pretty takes 1 (indent the JSON) or 0.", allowed: ["0", "1"])
        }
        let searchRequest: SearchRequest
        do {
            searchRequest = try SearchRequest(q: values["q"], limit: values["limit"], types: values["types"])
        } catch {
            throw APIProblem.badParameter(error.parameter, error.detail)
        }
        let region = try SupportRegion.resolve(country: values["country"], headers: request.headers)

        var options = QueryOptions()
        options.pretty = pretty == "1"
        options.search = searchRequest
        if let region { options.filters["country"] = region }
        options.variantKey = [
            "q=\(searchRequest.query)", "limit=\(searchRequest.limit)", "types=\(searchRequest.types.map(\.rawValue).sorted())",
            "country=\(region ?? "")", "pretty=\(pretty)",
        ].joined(separator: "&")
        let representation: Representation = format == "text" ? .plainText : .document
        let body = try self.body(.search, representation, variant: options.variantKey) { () throws(HTTPError) in
            try renderer.render(.search, as: representation, options: options)
        }
        return try caching.response(body, to: request, vary: values["country"] == nil ? .acceptLanguage : .acceptEncoding)
    }
}
