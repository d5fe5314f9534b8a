/// A response a handler returns: status, headers and the body bytes.
///
/// Bodies are plain byte arrays, so a pre-rendered body is shared, not copied, by every response that
/// serves it. The writer adds `Date`, `Server`, `Content-Length` and `Connection`; for HEAD it sends the
/// headers of the GET response and no body.
public struct Response: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The pattern of the route that answered (`/v1/sections/{id}`), set by `Router`; request metrics
    /// are labelled by it without matching the path a second time. nil when no route matched.
    public var route: String?

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
}
