/// Why a search request was refused; the API answers each with 400 problem+json naming `parameter`.
///
/// `detail` is written for the caller and says what to change; it never echoes more than the offending
/// value's first characters, so a long query is not reflected back.
public enum SearchRequestError: Error, Sendable, Hashable {
    /// `q` is missing, empty, or only whitespace.
    case emptyQuery
    /// `q` is longer than `SearchRequest.maximumQueryBytes` bytes of UTF-8.
    case queryTooLong(bytes: Int)
    /// A `types=` entry is not `sections`, `claims` or `glossary`.
    case unknownType(String)
    /// `limit` is not an integer.
    case invalidLimit(String)
    /// `limit` is an integer outside 1…`SearchRequest.maximumLimit`.
    case limitOutOfRange(Int)

    /// The query parameter at fault.
    public var parameter: String {
        switch self {
        case .emptyQuery, .queryTooLong: "q"
        case .unknownType: "types"
        case .invalidLimit, .limitOutOfRange: "limit"
        }
    }

    /// A one-sentence explanation for the problem's `detail`.
    public var detail: String {
        switch self {
        case .emptyQuery:
            "The query parameter 'q' must contain at least one non-space character."
        case .queryTooLong(let bytes):
            "The query parameter 'q' is \(bytes) bytes long; at most \(SearchRequest.maximumQueryBytes) bytes are allowed."
        case .unknownType(let value):
            "The query parameter 'types' has unknown entry '\(Self.clip(value))'; use a comma-separated list of "
                + SearchResultType.allCases.map(\.filterName).joined(separator: ", ") + "."
        case .invalidLimit(let value):
            "The query parameter 'limit' must be an integer from 1 to \(SearchRequest.maximumLimit), not '\(Self.clip(value))'."
        case .limitOutOfRange(let value):
            "The query parameter 'limit' must be from 1 to \(SearchRequest.maximumLimit), not \(value)."
        }
    }

    /// Shortens an echoed value so error bodies stay small.
    private static func clip(_ value: String) -> String {
        value.count <= 40 ? value : String(value.prefix(40)) + "…"
    }
}
