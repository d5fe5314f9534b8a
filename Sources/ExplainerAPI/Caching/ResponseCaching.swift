import HTTPCore

/// Turns a rendered body into the response for one request: picks the encoding, answers conditional
/// requests with 304, and sets the caching headers a browser or a shared cache relies on.
///
/// This is the only place those headers are set for content, so every resource behaves the same:
/// `ETag` per encoding, `Last-Modified` from the dates of the content the body is made of (the
/// body's own, `RenderedBody.lastModified`), `Cache-Control` from the configuration, `Vary` on what
/// the choice depended on.
package struct ResponseCaching: Sendable {
    /// `Cache-Control` for content responses.
    package let cacheControl: String
    /// The content version, sent as `X-Content-Version`.
    package let contentVersion: String
    /// `Cache-Control` and `X-Content-Version`, the same on every shared-cacheable content response
    /// of the snapshot, prepared once.
    private let snapshotFields: FieldBlock
    /// The same with the private `Cache-Control`, for representations chosen by a request header.
    private let privateFields: FieldBlock
    /// The same for a body that never changes at its URL (`RenderedBody.immutable`): a year and
    /// `immutable` instead of the configured lifetime.
    private let immutableFields: FieldBlock

    /// `Cache-Control` of an immutable body: one year, never revalidated while fresh (RFC 8246).
    package static let immutableCacheControl = "max-age=31536000, immutable"

    /// The caching of one snapshot: its `Cache-Control` for shared and for private answers, and its version.
    package init(cacheControl: String, privateCacheControl: String, contentVersion: String) {
        self.cacheControl = cacheControl
        self.contentVersion = contentVersion
        snapshotFields = FieldBlock([("Cache-Control", cacheControl), ("X-Content-Version", contentVersion)])
        privateFields = FieldBlock([("Cache-Control", privateCacheControl), ("X-Content-Version", contentVersion)])
        immutableFields = FieldBlock([("Cache-Control", Self.immutableCacheControl), ("X-Content-Version", contentVersion)])
    }

    /// The response for `body`, or 304 when the client's copy is current.
    ///
    /// The fields come from blocks prepared with the body and the snapshot, so a request that hits a
    /// stored representation builds no header strings at all.
    ///
    /// - Parameters:
    ///   - vary: what the choice of representation depended on besides `Accept-Encoding`.
    ///   - shared: whether a shared cache may keep it: true when the URL alone (and `Accept-Encoding`)
    ///     chose the representation; false makes it `private`, because a CDN that ignores `Vary`
    ///     would otherwise hand one reader's variant to another.
    package func response(
        _ body: RenderedBody, to request: Request, status: HTTPStatus = .ok, vary: Vary = .acceptEncoding, shared: Bool = true
    ) throws(HTTPError) -> Response {
        let acceptEncoding = AcceptEncoding(request.headers)
        var bytes = body.identity
        var fields = body.identityFields
        switch acceptEncoding.preferred(gzipAvailable: body.gzip != nil) {
        case "gzip":
            bytes = body.gzip!
            fields = body.gzipFields!
        case "identity":
            break
        default:
            // identity refused and the body too small to have been stored compressed: compress now
            // rather than ignore the client's `identity;q=0`. Rare, so not worth memoising. When gzip
            // is refused too, send identity anyway: RFC 9110 §12.5.3 has the server send an uncoded
            // response rather than 406, and a 406 helps no client read the content.
            guard acceptEncoding.accepts("gzip"), let compressed = Gzip.compress(body.identity) else { break }
            bytes = compressed
            fields = RepresentationFields(
                contentType: body.contentType, tag: EntityTag.strong(for: compressed), contentEncoding: "gzip",
                link: RenderedBody.linkValue(body.links), lastModified: body.lastModified, extra: body.extraFields)
        }
        let notModified = isNotModified(request, tag: fields.tag, lastModified: body.lastModified)
        var blocks: [FieldBlock] = []
        blocks.reserveCapacity(4)  // room for the envelope's block too, so the list does not grow
        blocks.append(notModified ? fields.notModified : fields.ok)
        // An immutable body is named by its bytes, so it is the same for everyone: always shared.
        blocks.append(body.immutable ? immutableFields : shared ? snapshotFields : privateFields)
        blocks.append(vary.fields)
        let headers = HTTPHeaders(blocks: blocks)
        return notModified ? Response(status: .notModified, headers: headers) : Response(status: status, headers: headers, body: bytes)
    }

    /// A response that no cache may keep, for answers built from what a person typed (search, signals).
    ///
    /// `Cache-Control: no-store` and no validators: no `ETag`, no `Last-Modified`, so a browser or a
    /// proxy has nothing to store or revalidate, and no 304 is ever sent. The body is compressed per
    /// request when it is over `gzipThreshold` bytes and the client takes gzip (or refuses identity).
    ///
    /// - Parameters:
    ///   - vary: what the answer depended on besides `Accept-Encoding`.
    package func uncached(
        contentType: String, bytes: [UInt8], gzipThreshold: Int, to request: Request, vary: Vary = .acceptEncoding
    ) throws(HTTPError) -> Response {
        let acceptEncoding = AcceptEncoding(request.headers)
        var body = bytes
        var fields: [HTTPHeaders.Field] = [("Content-Type", contentType)]
        let chosen = acceptEncoding.preferred(gzipAvailable: bytes.count > gzipThreshold)
        // Nothing acceptable (gzip refused too): identity, as `response` does, never 406.
        if chosen != "identity", chosen == "gzip" || acceptEncoding.accepts("gzip"), let compressed = Gzip.compress(bytes) {
            body = compressed
            fields.append(("Content-Encoding", "gzip"))
        }
        fields += [("Cache-Control", "no-store"), ("X-Content-Version", contentVersion)]
        return Response(status: .ok, headers: HTTPHeaders(blocks: [FieldBlock(fields), vary.fields]), body: body)
    }

    /// RFC 9110 §13.2.2: `If-None-Match` decides when present; only without it does
    /// `If-Modified-Since` count, and an unparseable date is ignored, as is any date for a body
    /// without `Last-Modified`.
    private func isNotModified(_ request: Request, tag: String, lastModified: Int?) -> Bool {
        let noneMatch = request.headers.values("If-None-Match")
        if !noneMatch.isEmpty { return EntityTag.ifNoneMatch(noneMatch, matches: tag) }
        if let lastModified, let since = request.headers["If-Modified-Since"].flatMap(HTTPTimestamp.parseIMFFixdate) {
            return lastModified <= since
        }
        return false
    }
}
