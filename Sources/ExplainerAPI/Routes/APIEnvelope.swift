import HTTPCore

/// The outermost responder: the one owner of what every response carries, whoever answered it
/// (a content handler, the router's 404, 405 or 501, a preflight, the rate limiter's 429): the CORS
/// fields, `X-Content-Version` and the `Link: </v1/support>; rel="help"` pointer to support.
///
/// A content response already names the version of the snapshot that answered it (with its
/// `Last-Modified`), so a reload that lands mid-request never relabels a body; every other response
/// gets the version being served. A content body's own links (a list page's `rel="next"`) are sent
/// in one `Link` field with the help pointer, prepared with the body (`RenderedBody.linkValue`).
struct APIEnvelope: Responder {
    /// The pointer to the support lines (RFC 8288 `rel="help"`) on every response.
    static let helpLink = "<\(Resource.support.path)>; rel=\"help\""

    /// What answers the request: the routes, perhaps behind the rate limit.
    let inner: any Responder
    /// The content served, for its version.
    let live: LiveContent
    /// The cross-origin rules, built once with the app.
    let cors: CORSPolicy

    /// Decorates an immediate answer in place, and a deferred one (hybrid search, made on a worker)
    /// through `Response.map`, so it gets the envelope when it arrives, on its connection's loop,
    /// exactly as an immediate one does now. The immediate case builds no closure: capturing the
    /// request and the envelope would allocate and copy both on every request.
    func respond(to request: consuming Request) -> Response {
        var response = Response()
        respond(to: request, into: &response)
        return response
    }

    /// `respond(to:)`, decorating the inner responder's answer where it lies (`Responder`).
    func respond(to request: consuming Request, into response: inout Response) {
        // What the envelope needs of the request, read before the request is handed on (so it is not copied).
        let method = request.method
        let origin = cors.readsOrigin ? request.headers["Origin"] : nil
        inner.respond(to: request, into: &response)
        guard response.isDeferred else {
            decorate(&response, method: method, origin: origin)
            return
        }
        let envelope = self
        response = response.map { response in
            var decorated = response
            envelope.decorate(&decorated, method: method, origin: origin)
            return decorated
        }
    }

    /// Adds the envelope to a response for a request of `method` from `origin` (its `Origin` field);
    /// a plain function of the three, so an answer that comes later (from a worker) can be decorated
    /// the same way.
    func decorate(_ response: inout Response, method: HTTPMethod, origin: String?) {
        // A preflight's CORS fields are the preflight's own decision; don't add them back here.
        if method != .options { cors.apply(to: &response, origin: origin) }
        if !response.headers.contains("X-Content-Version") { response.headers.set("X-Content-Version", live.contentVersion) }
        if !response.headers.contains("Link") { response.headers.set("Link", Self.helpLink) }
    }
}
