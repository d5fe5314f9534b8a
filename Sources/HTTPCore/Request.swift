/// A parsed HTTP request, as a handler sees it.
///
/// The parser fills method, target, version, headers and body; the server adds the peer address,
/// the request id and the path parameters of the matched route.
public struct Request: Sendable {
    public var method: HTTPMethod
    /// The request-target exactly as sent (origin-form: path and optional query).
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The body, read whole up to the body limit; handlers of this API ignore it.
    public var body: [UInt8]
    /// The percent-decoded path, without the query.
    public var path: String
    /// The query's name=value pairs, percent-decoded (`+` as space), in order.
    public var query: QueryItems
    /// Values captured by the route pattern's `{name}` segments, looked up by name like a dictionary.
    public var pathParameters = PathParameters()
    /// The peer's address as text (`127.0.0.1`, `::1`); empty when unknown.
    public var remoteAddress: String = ""
    /// The client's `X-Request-Id` when it is a sane token, else one the server generated.
    public var id: String = ""

    public init(
        method: HTTPMethod, target: String, version: HTTPVersion = .http11,
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        let (path, query) = RequestTarget.split(target)
        self.path = path
        self.query = query
    }
}
