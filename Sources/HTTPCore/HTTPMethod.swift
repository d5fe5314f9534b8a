/// An HTTP request method, as the token the client sent.
///
/// Methods are case-sensitive (RFC 9110 §9.1), so `get` is not `GET`. The server serves GET, HEAD and
/// OPTIONS; other registered methods are known (and answered 405), anything else is unknown (501).
/// QUERY (the HTTP QUERY method RFC: a safe, idempotent request with a body) is registered, so it is
/// known too.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let trace = HTTPMethod(rawValue: "TRACE")
    public static let connect = HTTPMethod(rawValue: "CONNECT")
    public static let query = HTTPMethod(rawValue: "QUERY")

    /// Methods defined by RFC 9110, RFC 5789 and the QUERY RFC; a route that lacks one answers 405, not 501.
    public static let known: Set<HTTPMethod> = [.get, .head, .options, .post, .put, .patch, .delete, .trace, .connect, .query]

    /// Whether a registered method's RFC defines it. Asked on every request (router, metrics): GET
    /// and HEAD, nearly every request's, are compared before the set is hashed.
    public var isKnown: Bool { self == .get || self == .head || Self.known.contains(self) }
    public var description: String { rawValue }
}
