import ExplainerContent
import HTTPCore

extension RenderedContent {
    /// What `/v1/search` takes (issue "Search for chatbots and sites"). `format=text` is the older
    /// spelling of `/v1/search.txt`, kept working for existing clients; `openapi.yaml` lists it as
    /// deprecated, since one operation should answer one media type.
    static let searchParameters = ["q", "limit", "types", "mode", "country", "format", "pretty"]
    /// What `/v1/search.txt` takes: the same, without the JSON-only `format` and `pretty`.
    static let searchTextParameters = ["q", "limit", "types", "mode", "country"]

    /// `/v1/search`: validates strictly (as `openapi.yaml` documents), runs the query on this
    /// snapshot's index, counts the query's crisis level, and renders the answer for this request alone.
    ///
    /// `mode=lexical` runs on the loop (microseconds). `hybrid` (the default) and `semantic` embed the
    /// query on the worker pool: the handler returns the pool's placeholder and the worker renders the
    /// answer. With no model, or with the pool full, the answer is lexical at once (never 503) and
    /// says why in `fallback_reason`. The support block's crisis level comes from the rules; on the
    /// worker the crisis model layer (`SemanticSearch.crisisModel`) may raise it to urgent, never lower
    /// it, comparing the query's vector that retrieval just made (one forward pass per query). On the
    /// loop (lexical, model missing, pool full) the rules answer alone, at once. The level is counted
    /// where the answer is rendered (`SearchAnswer.render`).
    ///
    /// Never memoised and never cacheable (`ResponseCaching.uncached`): a stored answer keyed by the
    /// query would keep what someone typed past the request. Only the query's vector is kept, for a
    /// while, in `QueryVectorCache`, under a keyed hash of the client and the query: a client repeating
    /// itself skips the model, and no one can time it to learn what another client typed
    /// (`docs/threat-model.md`). Lexical search over this content costs microseconds.
    ///
    /// `asText` is `/v1/search.txt`: the same query, answered as `text/plain`.
    func serveSearch(_ request: Request, asText: Bool = false) throws(HTTPError) -> Response {
        let known = asText ? Self.searchTextParameters : Self.searchParameters
        var values: [String: String] = [:]
        for (name, value) in request.query {
            guard known.contains(name) else {
                throw APIProblem.unknownParameter(name, known: known)
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
        let format = values["format"] ?? (asText ? "text" : "json")
        guard format == "json" || format == "text" else {
            throw APIProblem.badParameter("format", "format takes json or text.", allowed: ["json", "text"])
        }
        let modes = SearchMode.allCases.map(\.rawValue)
        guard let mode = SearchMode(rawValue: values["mode"] ?? SearchMode.hybrid.rawValue) else {
            throw APIProblem.badParameter("mode", "mode takes \(modes.joined(separator: ", ")).", allowed: modes)
        }
        let pretty = try values["pretty"].map(QueryOptions.pretty) ?? false
        let searchRequest: SearchRequest
        do {
            searchRequest = try SearchRequest(q: values["q"], limit: values["limit"], types: values["types"])
        } catch {
            throw APIProblem.badParameter(error.parameter, error.detail)
        }
        let region = try SupportRegion.resolve(country: values["country"], headers: request.headers)

        let answer = SearchAnswer(
            snapshot: self, request: request, region: region, representation: format == "text" ? .plainText : .document,
            pretty: pretty, varyOnLanguage: values["country"] == nil)
        guard mode != .lexical else { return answer.lexical(searchRequest, requested: mode, fallback: nil) }
        guard hybrid.hasVectors, let pool = semantic.pool else {
            return answer.lexical(searchRequest, requested: mode, fallback: .modelMissing)
        }
        let hybrid = hybrid
        let crisisModel = semantic.crisisModel
        let crisisLimits = search.crisisDetector.limits
        let cache = semantic.queryVectors
        let key = cache.key(client: request.remoteAddress, query: searchRequest.query)
        let cached = cache.entry(for: key)
        if let cached, hybrid.densePairCount <= semantic.loopScanLimit {
            // The same client asked this within the cache's lifetime: the query's vector and what the
            // crisis model layer said of it are kept, so on content this size the answer takes
            // microseconds, on the loop.
            return answer.fromCache(searchRequest, mode: mode, cached: cached)
        }
        do {
            return try pool.submit {
                // A cached vector on large content: no forward pass, but the scan runs here.
                if let cached { return answer.fromCache(searchRequest, mode: mode, cached: cached) }
                let vector = hybrid.embed(searchRequest.query)
                var response = hybrid.search(searchRequest, mode: mode, queryVector: vector)
                var raised: CrisisAssessment?
                if let crisisModel, response.support.level != .urgent, response.support.languageUnderstood {
                    // The layer compares the vector just made for retrieval: one forward pass per query.
                    let layer = vector.map { crisisModel.knowing($0, for: searchRequest.query) } ?? crisisModel
                    let assessed = layer.detector(limits: crisisLimits).assess(searchRequest.query)
                    if assessed.level == .urgent { raised = assessed }
                    response.support = assessed
                }
                if let vector { cache.store(vector, raised: raised, for: key) }
                return answer.render(response)
            }
        } catch {
            return answer.lexical(searchRequest, requested: mode, fallback: .workersBusy)
        }
    }
}
