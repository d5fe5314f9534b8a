import ExplainerContent
import HTTPCore

/// Everything a `/v1/search` answer needs once the query is validated, so the same rendering runs on
/// the loop (lexical) and on a worker (hybrid, semantic).
struct SearchAnswer: Sendable {
    /// The snapshot the request took; the worker answers from it too, never from a newer one.
    let snapshot: RenderedContent
    /// The request, for content negotiation (`Accept-Encoding`).
    let request: Request
    /// The support region resolved from `country` or `Accept-Language`.
    let region: String?
    /// JSON or plain text.
    let representation: Representation
    /// Whether the JSON is indented.
    let pretty: Bool
    /// Whether the answer depends on `Accept-Language` (no `country` given).
    let varyOnLanguage: Bool

    /// BM25F alone, on the caller's thread; `requested` and `fallback` say what was asked and why
    /// it ran lexically.
    func lexical(_ query: SearchRequest, requested: SearchMode, fallback: SearchFallback?) -> Response {
        var response = snapshot.hybrid.search(query, mode: .lexical)
        response.requestedMode = requested
        response.fallbackReason = fallback?.rawValue
        return render(response)
    }

    /// `mode` from the query vector `cached` holds, on the caller's thread (no forward pass): what
    /// the crisis model layer said of the query when it was embedded stands where the rules leave
    /// it below `urgent`.
    func fromCache(_ query: SearchRequest, mode: SearchMode, cached: QueryVectorCache.Entry) -> Response {
        var response = snapshot.hybrid.search(query, mode: mode, queryVector: cached.vector)
        if let raised = cached.raised, response.support.level != .urgent { response.support = raised }
        return render(response)
    }

    /// The response for `response`, `no-store`, gzip when asked and large enough; counts its crisis level.
    func render(_ response: HybridSearchResponse) -> Response {
        snapshot.signalCounts.record(response.support.level, on: .search)
        let bytes = snapshot.renderer.renderSearch(response, region: region, as: representation, pretty: pretty)
        let contentType = representation == .plainText ? representation.textContentType : JSONDocument.contentType
        do {
            return try snapshot.caching.uncached(
                contentType: contentType, bytes: bytes, gzipThreshold: snapshot.configuration.gzipThreshold, to: request,
                vary: varyOnLanguage ? .acceptLanguage : .acceptEncoding)
        } catch {
            // `uncached` never refuses (identity is always acceptable); a worker cannot throw, so map it here.
            return Response(status: error.status)
        }
    }
}
