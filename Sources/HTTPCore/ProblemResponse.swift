/// Renders an `HTTPError` as an `application/problem+json` response (RFC 9457).
///
/// Every error response of the server goes through here, so none carries internal error text and all
/// share one shape: `type`, `title`, `status`, `detail`, `instance`, then extension members.
public enum ProblemResponse {
    /// The generic 500: what a client sees when a handler fails for a reason it did not cause.
    /// The `type` member for a slug: `base` (an origin without a trailing slash, or empty) + `/problems/{slug}`.
    public static func typeURI(_ slug: String, base: String = "") -> String { base + "/problems/" + slug }

    public static let internalError = HTTPError(
        HTTPProblem.internalError, detail: "The server could not answer this request. It has been logged.")

    /// The problem document for an error, with the request's path as `instance` when known.
    ///
    /// `type` is `typeBase` + `/problems/{slug}`: relative by default, absolute (RFC 9457 §3.1.1)
    /// when the application knows its public origin and passes it, never taken from the request.
    public static func make(_ error: HTTPError, for request: Request? = nil, typeBase: String = "") -> Response {
        var json = JSONWriter()
        json.beginObject()
        json.key("type"); json.string(typeURI(error.type, base: typeBase))
        json.key("title"); json.string(error.title)
        json.key("status"); json.int(error.status.code)
        json.key("detail"); json.string(error.detail)
        if let request { json.key("instance"); json.string(request.path) }
        if let id = request?.id, !id.isEmpty { json.key("request_id"); json.string(id) }
        for (name, value) in error.extensions {
            json.key(name)
            switch value {
            case .string(let s): json.string(s)
            case .int(let i): json.int(i)
            case .bool(let b): json.bool(b)
            case .strings(let list):
                json.beginArray()
                for s in list { json.string(s) }
                json.endArray()
            }
        }
        json.endObject()
        var headers = error.headers
        headers.set("Content-Type", "application/problem+json")
        headers.set("Cache-Control", "no-store")
        return Response(status: error.status, headers: headers, body: json.bytes + [UInt8(ascii: "\n")])
    }
}
