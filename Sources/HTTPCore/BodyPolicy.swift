/// What a route accepts as a request body: how large it may be, and in which media types.
///
/// Declared with the route (`Router.post(_:body:_:)`), and applied twice from this one value: by the
/// parser once the header section is in, so a `Content-Length` over `maxBytes` is answered 413 before
/// a byte of the body is read and a chunked body is cut at `maxBytes`, and by the router before the
/// handler runs, so a handler never sees a body its policy refuses even when no parser asked. A route
/// without a policy reads bodies as before, up to `Limits.bodyBytes`.
public struct BodyPolicy: Sendable, Equatable {
    /// The largest body accepted, in bytes (decoded, for a chunked body); it replaces
    /// `Limits.bodyBytes` for this route, above or below it. One byte more is answered 413.
    public var maxBytes: Int
    /// The media types accepted (`application/json`), compared without parameters and ignoring case,
    /// so `application/json; charset=utf-8` is `application/json`. A body of any other type, or
    /// without a `Content-Type`, is answered 415 with the list in `Accept-Post` (RFC 9110 §15.5.16).
    public var mediaTypes: [String]

    /// A policy for bodies of at most `maxBytes` bytes in one of `mediaTypes`.
    public init(maxBytes: Int, mediaTypes: [String]) {
        self.maxBytes = maxBytes
        self.mediaTypes = mediaTypes
    }

    /// Finds the policy of the route a request goes to, by method and decoded path; nil for none.
    public typealias Lookup = @Sendable (_ method: HTTPMethod, _ path: String) -> BodyPolicy?

    /// Why a body of `length` bytes (nil while unknown, for a chunked body) with this `Content-Type`
    /// is refused for `method`, or nil if it is accepted. A body known to be empty is not checked for
    /// its type, as there is nothing to be of the wrong one; a chunked body is checked before its
    /// length is known, so even an empty one needs an accepted type.
    func refusal(contentType: String?, length: Int?, method: HTTPMethod) -> RequestParseError? {
        if let length, length > maxBytes { return .bodyTooLarge }
        if length == 0 || accepts(contentType) { return nil }
        return .unsupportedMediaType(accepted: mediaTypes, method: method)
    }

    /// Whether the `Content-Type` value's type/subtype is one of `mediaTypes`.
    func accepts(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let essence = contentType.prefix { $0 != ";" }.trimmingASCIIWhitespace()
        return mediaTypes.contains { $0.asciiCaseInsensitiveEquals(essence) }
    }
}
