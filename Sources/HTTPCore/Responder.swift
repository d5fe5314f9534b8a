/// Something that turns a request into a response; the server calls it on its event loop thread.
///
/// A responder must not block: this API's handlers only look up pre-rendered bytes. Work that would
/// (model inference) goes to a `WorkerPool`, whose placeholder response the responder returns; a
/// responder that wraps another decorates its answers with `Response.map`, which reaches a deferred
/// answer too.
///
/// The request is `consuming`: the server hands over the one it parsed, so a responder that changes
/// it (the router sets its path parameters) or passes it on does so without copying its strings and
/// arrays. A responder that needs something of the request after passing it on reads it first.
public protocol Responder: Sendable {
    func respond(to request: consuming Request) -> Response

    /// `respond(to:)`, written into `response` (which the server passes in empty).
    ///
    /// The server calls this one. A responder that changes the response it gets from another (the
    /// router stamps the route, an envelope adds fields) implements it, so the change is made in
    /// place: changing a returned `Response` and returning it copies and destroys the whole value
    /// (every string and array retained and released), about 300 instructions a layer per request.
    /// The default calls `respond(to:)`.
    func respond(to request: consuming Request, into response: inout Response)
}

extension Responder {
    public func respond(to request: consuming Request, into response: inout Response) {
        response = respond(to: request)
    }
}
