/// What the server observed about one answered request, for the access log and for metrics.
///
/// Handed to `ServerConfiguration.onResponse` on the event loop thread right after the response is
/// queued, so an observer must be quick and must not block.
public struct RequestLog: Sendable {
    /// When the request was complete, in microseconds since the Unix epoch (wall clock).
    public var unixMicroseconds: Int64
    /// The method, or `-` when the request could not be parsed.
    public var method: String
    /// The percent-decoded path, or `-` when the request could not be parsed.
    public var path: String
    /// The response's status code.
    public var status: Int
    /// Body bytes sent (0 for HEAD, 204 and 304).
    public var bytes: Int
    /// Microseconds from the complete request to the queued response.
    public var durationMicroseconds: Int
    /// The `X-Request-Id` the response carries.
    public var requestID: String
    /// The peer's IP address.
    public var clientAddress: String
    /// The pattern of the route that answered (`Response.route`), nil when no route matched.
    public var route: String?

    public init(
        unixMicroseconds: Int64, method: String, path: String, status: Int, bytes: Int, durationMicroseconds: Int,
        requestID: String, clientAddress: String, route: String? = nil
    ) {
        self.unixMicroseconds = unixMicroseconds
        self.method = method
        self.path = path
        self.status = status
        self.bytes = bytes
        self.durationMicroseconds = durationMicroseconds
        self.requestID = requestID
        self.clientAddress = clientAddress
        self.route = route
    }
}
