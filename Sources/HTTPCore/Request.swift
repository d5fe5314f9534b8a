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
    /// The body, read whole (chunked bodies decoded) up to the route's `BodyPolicy.maxBytes`, or
    /// `Limits.bodyBytes` on a route without a policy; empty when the request has none.
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

    /// A request for a target, split and decoded here; for tests and requests the server makes itself.
    ///
    /// The parser refuses a target that does not decode (`RequestTarget.split`) before any request is
    /// made of it; one given here keeps the part before any `?` as its path and has no query items.
    public init(
        method: HTTPMethod, target: String, version: HTTPVersion = .http11,
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
    ) {
        let (path, query) =
            (try? RequestTarget.split(target)) ?? (String(target.prefix { $0 != "?" }), QueryItems())
        self.init(method: method, target: target, version: version, headers: headers, body: body, path: path, query: query)
    }

    /// A request whose target the parser has already split and decoded.
    init(
        method: HTTPMethod, target: String, version: HTTPVersion, headers: HTTPHeaders, body: [UInt8], path: String, query: QueryItems
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.body = body
        self.path = path
        self.query = query
    }
}
