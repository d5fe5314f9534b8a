/// An error a handler (or the server) answers with: it becomes an RFC 9457 problem+json response.
///
/// This is the one typed error that reaches HTTP. `detail` is written for the client and must never
/// carry internal error text; `extensions` adds members such as `parameter` or `suggestions`.
public struct HTTPError: Error, Sendable {
    public var status: HTTPStatus
    /// A short, stable, human-readable summary of the problem type.
    public var title: String
    /// What went wrong with this request, for the person reading it.
    public var detail: String
    /// The problem type's slug; the `type` member is `/problems/{slug}`.
    public var type: String
    /// Extra members, already JSON-encodable: strings, numbers, booleans, arrays of strings.
    public var extensions: [(String, ProblemValue)]
    /// Headers the response must carry (`Allow` on 405, `Retry-After` on 429).
    public var headers: HTTPHeaders

    public init(
        _ status: HTTPStatus, type: String, title: String, detail: String,
        extensions: [(String, ProblemValue)] = [], headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.extensions = extensions
        self.headers = headers
    }
}

/// A value in a problem document's extension members.
public enum ProblemValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case strings([String])
}
