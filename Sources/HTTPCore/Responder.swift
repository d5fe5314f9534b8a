/// Something that turns a request into a response; the server calls it on its event loop thread.
///
/// A responder must not block: this API's handlers only look up pre-rendered bytes.
public protocol Responder: Sendable {
    func respond(to request: Request) -> Response
}
