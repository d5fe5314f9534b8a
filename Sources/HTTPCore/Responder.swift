/// Something that turns a request into a response; the server calls it on its event loop thread.
///
/// A responder must not block: this API's handlers only look up pre-rendered bytes. Work that would
/// (model inference) goes to a `WorkerPool`, whose placeholder response the responder returns; a
/// responder that wraps another decorates its answers with `Response.map`, which reaches a deferred
/// answer too.
public protocol Responder: Sendable {
    func respond(to request: Request) -> Response
}
