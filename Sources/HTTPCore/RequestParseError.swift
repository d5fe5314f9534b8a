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
    /// A query parameter's name or value has a malformed escape or escapes that are not UTF-8. `name`
    /// is the decoded name, or the name as sent when it is the name that does not decode; it is the
    /// one piece of the client's input a problem repeats, cut to 64 characters, so the client can see
    /// which parameter to fix.
    case undecodableQueryParameter(name: String)
    /// `Expect` asks for something other than `100-continue` (RFC 9110 §10.1.1).
    case expectationFailed
    /// The route's `BodyPolicy` accepts none of the body's media type; `accepted` lists the ones it
    /// does, for the `Accept-Post` (or `Accept-Patch`, `Accept-Query`) hint.
    case unsupportedMediaType(accepted: [String], method: HTTPMethod)

    /// The status the server answers with.
    public var status: HTTPStatus {
        switch self {
        case .malformed, .ambiguousFraming, .undecodableQueryParameter: .badRequest
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge: .headerFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .unsupportedVersion: .httpVersionNotSupported
        case .expectationFailed: .expectationFailed
        case .unsupportedMediaType: .unsupportedMediaType
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
        case .undecodableQueryParameter(let name):
            HTTPError(
                HTTPProblem.badRequest,
                detail: "The query parameter '\(name.prefix(64))' is not percent-encoded UTF-8.",
                extensions: [("parameter", .string(String(name.prefix(64))))])
        case .expectationFailed:
            HTTPError(
                HTTPProblem.expectationFailed,
                detail: "This server meets no expectation but 100-continue.")
        case .unsupportedMediaType(let accepted, let method):
            HTTPError(
                HTTPProblem.unsupportedMediaType,
                detail: "This resource accepts bodies of type \(accepted.joined(separator: ", ")).",
                extensions: [("accepted", .strings(accepted))], headers: Self.acceptHint(accepted, for: method))
        }
    }

    /// The field that lists the media types a method's body may have: `Accept-Post` (W3C LDP, named by
    /// RFC 9110 §15.5.16's advice), `Accept-Patch` (RFC 5789) or `Accept-Query` (the QUERY RFC).
    private static func acceptHint(_ accepted: [String], for method: HTTPMethod) -> HTTPHeaders {
        let name =
            switch method {
            case .patch: "Accept-Patch"
            case .query: "Accept-Query"
            default: "Accept-Post"
            }
        var headers = HTTPHeaders()
        headers.set(name, accepted.joined(separator: ", "))
        return headers
    }
}
