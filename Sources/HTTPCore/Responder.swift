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
}
