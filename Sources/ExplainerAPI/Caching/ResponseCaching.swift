import HTTPCore

/// Turns a rendered body into the response for one request: picks the encoding, answers conditional
/// requests with 304, and sets the caching headers a browser or a shared cache relies on.
///
/// This is the only place those headers are set for content, so every resource behaves the same:
/// `ETag` per encoding, `Last-Modified` = when the content was loaded, `Cache-Control` from the
/// configuration, `Vary` on what the choice depended on.
package struct ResponseCaching: Sendable {
    /// `Cache-Control` for content responses.
    package let cacheControl: String
    /// `Last-Modified`, in seconds since the epoch: the content's load time.
    package let lastModified: Int
    /// The content version, sent as `X-Content-Version`.
    package let contentVersion: String
    /// `lastModified` as an IMF-fixdate, formatted once rather than per request.
    private let lastModifiedText: String

    /// The caching of one snapshot: its `Cache-Control`, load time (seconds since the epoch) and version.
    package init(cacheControl: String, lastModified: Int, contentVersion: String) {
        self.cacheControl = cacheControl
        self.lastModified = lastModified
        self.contentVersion = contentVersion
        lastModifiedText = HTTPTimestamp.imfFixdate(lastModified)
    }

    /// Points every content response at the support lines (RFC 8288 `rel="help"`).
    package static let helpLink = "<\(ResourceRenderer.supportPath)>; rel=\"help\""

    /// The response for `body`, or 304 when the client's copy is current.
    ///
    /// - Parameters:
    ///   - vary: request headers the choice of representation depended on besides `Accept-Encoding`.
    ///   - headers: extra headers (`Link`) the 200 and the 304 both carry.
    package func response(
        _ body: RenderedBody, to request: Request, status: HTTPStatus = .ok, vary: [String] = [],
        headers extra: HTTPHeaders = HTTPHeaders()
    ) throws(HTTPError) -> Response {
        let acceptEncoding = AcceptEncoding(request.headers)
        let available = body.gzip == nil ? ["identity"] : ["gzip", "identity"]
        var bytes = body.identity
        var tag = body.identityTag
        var gzipped = false
        switch acceptEncoding.preferred(available) {
        case "gzip":
            bytes = body.gzip!
            tag = body.gzipTag!
            gzipped = true
        case "identity":
            break
        default:
            // identity refused and the body too small to have been stored compressed: compress now
            // rather than ignore the client's `identity;q=0`. Rare, so not worth memoising.
            guard acceptEncoding.accepts("gzip"), let compressed = Gzip.compress(body.identity) else {
                throw APIProblem.notAcceptableEncoding()
            }
            bytes = compressed
            tag = EntityTag.strong(for: compressed)
            gzipped = true
        }

        // Built in one go: these names are not in `extra`, and this runs on every content request.
        var fields = extra.fields
        fields.reserveCapacity(fields.count + 9)
        fields.append(("Link", body.links.isEmpty ? Self.helpLink : (body.links + [Self.helpLink]).joined(separator: ", ")))
        fields.append(("ETag", tag))
        fields.append(("Last-Modified", lastModifiedText))
        fields.append(("Cache-Control", cacheControl))
        fields.append(("Vary", Self.varyValue(vary)))
        fields.append(("X-Content-Version", contentVersion))
        if isNotModified(request, tag: tag) {
            return Response(status: .notModified, headers: HTTPHeaders(fields))
        }
        fields.append(("Content-Type", body.contentType))
        if gzipped { fields.append(("Content-Encoding", "gzip")) }
        let headers = HTTPHeaders(fields)
        return Response(status: status, headers: headers, body: bytes)
    }

    /// `Vary` for a choice that depended on `vary` and `Accept-Encoding`; the routes' usual lists are
    /// joined once, not on every request.
    private static func varyValue(_ vary: [String]) -> String {
        switch vary {
        case []: "Accept-Encoding"
        case ["Accept"]: acceptVary
        case ["Accept-Language"]: acceptLanguageVary
        default: (vary + ["Accept-Encoding"]).joined(separator: ", ")
        }
    }

    private static let acceptVary = "Accept, Accept-Encoding"
    private static let acceptLanguageVary = "Accept-Language, Accept-Encoding"

    /// RFC 9110 §13.2.2: `If-None-Match` decides when present; only without it does
    /// `If-Modified-Since` count, and an unparseable date is ignored.
    private func isNotModified(_ request: Request, tag: String) -> Bool {
        let noneMatch = request.headers.values("If-None-Match")
        if !noneMatch.isEmpty { return EntityTag.ifNoneMatch(noneMatch, matches: tag) }
        if let since = request.headers["If-Modified-Since"].flatMap(HTTPTimestamp.parseIMFFixdate) {
            return lastModified <= since
        }
        return false
    }
}
