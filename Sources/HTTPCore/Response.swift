/// A response a handler returns: status, headers and the body bytes, or a promise of them.
///
/// Bodies are plain byte arrays, so a pre-rendered body is shared, not copied, by every response that
/// serves it. The writer adds `Date`, `Server`, `Content-Length` and `Connection`; for HEAD it sends the
/// headers of the GET response and no body.
///
/// A response from `WorkerPool.submit` is a placeholder whose answer comes later (`isDeferred`): the
/// loop writes the worker's response in its place, in order. A responder that wraps others decorates
/// through `map`, which reaches the eventual response too; fields set directly on a placeholder are
/// not sent.
public struct Response: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The pattern of the route that answered (`/v1/sections/{id}`), set by `Router`; request metrics
    /// are labelled by it without matching the path a second time. nil when no route matched.
    public var route: String?
    /// Set when the answer comes later from off the loop; nil for an ordinary response.
    public private(set) var pending: PendingAnswer?
    /// Set when the body is an event stream that stays open (`Response(stream:)`); nil otherwise.
    public internal(set) var stream: EventStream?

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a body and its content type.
    public init(status: HTTPStatus = .ok, contentType: String, body: [UInt8], headers: HTTPHeaders = HTTPHeaders()) {
        var h = headers
        h.set("Content-Type", contentType)
        self.init(status: status, headers: h, body: body)
    }

    /// A placeholder for an answer that comes later.
    init(pending: PendingAnswer) {
        self.init(status: .ok)
        self.pending = pending
    }

    /// Whether the answer comes later from off the loop (a `WorkerPool.submit` placeholder).
    public var isDeferred: Bool { pending != nil }

    /// This response with `transform` applied: now for an ordinary response, to the eventual one
    /// (on the connection's loop) for a deferred one. The way an outer responder decorates every answer.
    public func map(_ transform: @escaping @Sendable (Response) -> Response) -> Response {
        guard let pending else { return transform(self) }
        var placeholder = self
        placeholder.pending = pending.then(transform)
        return placeholder
    }
}
