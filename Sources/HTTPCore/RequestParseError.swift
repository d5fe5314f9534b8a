/// Why the parser refused a request; each case maps to one status and one problem document.
///
/// The parser never guesses: anything RFC 9112 does not allow, and every framing ambiguity that could
/// let two parsers disagree about where a request ends (request smuggling), ends the connection.
public enum RequestParseError: Error, Sendable, Equatable {
    /// The request line or a header field breaks RFC 9112's grammar; `reason` says how, for tests and
    /// for the problem's detail (it never contains the client's bytes).
    case malformed(reason: String)
    /// Message framing is ambiguous or unsupported (Content-Length with Transfer-Encoding, differing
    /// Content-Length values, a transfer coding other than chunked).
    case ambiguousFraming(reason: String)
    /// The request line is longer than `Limits.requestLineBytes`.
    case requestLineTooLong
    /// The header section (or the chunked trailer section) exceeds `Limits.headerSectionBytes` or
    /// `Limits.headerFields`.
    case headerSectionTooLarge
    /// The body exceeds `Limits.bodyBytes`.
    case bodyTooLarge
    /// The version is well formed but neither HTTP/1.0 nor HTTP/1.1.
    case unsupportedVersion

    /// The status the server answers with.
    public var status: HTTPStatus {
        switch self {
        case .malformed, .ambiguousFraming: .badRequest
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge: .headerFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .unsupportedVersion: .httpVersionNotSupported
        }
    }

    /// The problem document for this error: the one place parser failures meet HTTP.
    public var problem: HTTPError {
        switch self {
        case .malformed(let reason):
            HTTPError(HTTPProblem.badRequest, detail: "The request is malformed: \(reason).")
        case .ambiguousFraming(let reason):
            HTTPError(HTTPProblem.badRequest, detail: "The request's length is ambiguous: \(reason).")
        case .requestLineTooLong:
            HTTPError(HTTPProblem.uriTooLong, detail: "The request line is longer than this server accepts.")
        case .headerSectionTooLarge:
            HTTPError(
                HTTPProblem.headerFieldsTooLarge,
                detail: "The request's header fields are larger or more numerous than this server accepts.")
        case .bodyTooLarge:
            HTTPError(
                HTTPProblem.contentTooLarge,
                detail: "The request body is larger than this server accepts.")
        case .unsupportedVersion:
            HTTPError(
                HTTPProblem.httpVersionNotSupported,
                detail: "This server speaks HTTP/1.1 and HTTP/1.0.")
        }
    }
}
