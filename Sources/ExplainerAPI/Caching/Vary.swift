import HTTPCore

/// What a response's representation was chosen by, besides `Accept-Encoding` (which every content
/// response depends on): the `Vary` a cache needs to store one answer per request that could differ.
///
/// A closed set rather than a list of names, because the routes only ever depend on these, and each
/// one's field is prepared once instead of joined and compared per request.
package enum Vary: Sendable {
    /// Only `Accept-Encoding`.
    case acceptEncoding
    /// `Accept` too: a section's JSON, Markdown or plain text.
    case accept
    /// `Accept-Language` too: support lines for the reader's region when no `?country=` was given.
    case acceptLanguage

    /// The `Vary` field, prepared once.
    var fields: FieldBlock {
        switch self {
        case .acceptEncoding: Self.acceptEncodingFields
        case .accept: Self.acceptFields
        case .acceptLanguage: Self.acceptLanguageFields
        }
    }

    private static let acceptEncodingFields = FieldBlock([("Vary", "Accept-Encoding")])
    private static let acceptFields = FieldBlock([("Vary", "Accept, Accept-Encoding")])
    private static let acceptLanguageFields = FieldBlock([("Vary", "Accept-Language, Accept-Encoding")])
}
