/// The problem kinds of HTTP itself, that the parser, the router, the connection and the rate limit
/// answer with; each one's title is its status's reason phrase (but `tls-required`'s).
public enum HTTPProblem: String, ProblemType, CaseIterable {
    /// 400: the request is malformed or its framing ambiguous.
    case badRequest = "bad-request"
    /// 414: the request line is over the limit.
    case uriTooLong = "uri-too-long"
    /// 431: the header section is over the limit.
    case headerFieldsTooLarge = "header-fields-too-large"
    /// 413: the body is over the limit.
    case contentTooLarge = "content-too-large"
    /// 415: the body is of a media type the route does not take.
    case unsupportedMediaType = "unsupported-media-type"
    /// 417: an `Expect` the server cannot meet (anything but 100-continue).
    case expectationFailed = "expectation-failed"
    /// 505: neither HTTP/1.1 nor HTTP/1.0.
    case httpVersionNotSupported = "http-version-not-supported"
    /// 404: nothing at this path, or no such id.
    case notFound = "not-found"
    /// 405: the path exists but not with this method.
    case methodNotAllowed = "method-not-allowed"
    /// 406: no representation the client accepts.
    case notAcceptable = "not-acceptable"
    /// 408: the request did not arrive in time.
    case requestTimeout = "request-timeout"
    /// 429: over the per-client rate limit.
    case rateLimited = "rate-limited"
    /// 500: the server failed for a reason the client did not cause.
    case internalError = "internal-error"
    /// 501: a method no RFC defines.
    case notImplemented = "not-implemented"
    /// 400: plain HTTP sent to a port that speaks only HTTPS.
    case tlsRequired = "tls-required"

    /// The slug, as the raw value.
    public var slug: String { rawValue }

    /// The status's reason phrase, but for `tls-required`, whose status (400) says too little.
    public var title: String { self == .tlsRequired ? "TLS Required" : status.reason }

    /// The status this kind is sent with.
    public var status: HTTPStatus {
        switch self {
        case .badRequest: .badRequest
        case .uriTooLong: .uriTooLong
        case .headerFieldsTooLarge: .headerFieldsTooLarge
        case .contentTooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .expectationFailed: .expectationFailed
        case .httpVersionNotSupported: .httpVersionNotSupported
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .notAcceptable: .notAcceptable
        case .requestTimeout: .requestTimeout
        case .rateLimited: .tooManyRequests
        case .internalError: .internalServerError
        case .notImplemented: .notImplemented
        case .tlsRequired: .badRequest
        }
    }
}
