/// A validated search: the query text, how many hits, and which types.
///
/// Construct it from the raw query parameters with `init(q:limit:types:)`; every way a request can be
/// wrong is a `SearchRequestError`, so the API maps them to 400 in one place.
public struct SearchRequest: Sendable, Hashable {
    /// The largest `q` accepted, in UTF-8 bytes (the limit; keeps query work bounded).
    public static let maximumQueryBytes = 512
    /// Hits returned when `limit` is absent.
    public static let defaultLimit = 10
    /// The largest `limit` accepted.
    public static let maximumLimit = 50

    /// The query as the caller wrote it.
    public let query: String
    /// How many hits to return at most, 1…`maximumLimit`.
    public let limit: Int
    /// The types to search; never empty.
    public let types: Set<SearchResultType>

    /// Validates a typed request.
    ///
    /// - Throws: `.emptyQuery` for an empty or whitespace-only query, `.queryTooLong` over 512 bytes,
    ///   `.limitOutOfRange` outside 1…50. An empty `types` set means all types.
    public init(query: String, limit: Int = defaultLimit, types: Set<SearchResultType> = Set(SearchResultType.allCases))
        throws(SearchRequestError)
    {
        let bytes = query.utf8.count
        guard bytes <= Self.maximumQueryBytes else { throw .queryTooLong(bytes: bytes) }
        guard query.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .emptyQuery }
        guard (1...Self.maximumLimit).contains(limit) else { throw .limitOutOfRange(limit) }
        self.query = query
        self.limit = limit
        self.types = types.isEmpty ? Set(SearchResultType.allCases) : types
    }

    /// Validates the raw query parameters `q`, `limit` and `types` (comma-separated; spaces around
    /// entries and empty entries are ignored, so `types=sections,` is fine).
    public init(q: String?, limit: String?, types: String?) throws(SearchRequestError) {
        var parsedLimit = Self.defaultLimit
        if let limit {
            let trimmed = limit.trimmingSpaces()
            guard let value = Int(trimmed) else { throw .invalidLimit(limit) }
            parsedLimit = value
        }
        var parsedTypes: Set<SearchResultType> = []
        if let types {
            for entry in types.split(separator: ",") {
                let name = String(entry).trimmingSpaces()
                if name.isEmpty { continue }
                guard let type = SearchResultType(filterName: name.lowercased()) else { throw .unknownType(name) }
                parsedTypes.insert(type)
            }
        }
        try self.init(query: q ?? "", limit: parsedLimit, types: parsedTypes)
    }
}

extension String {
    /// The string without leading and trailing spaces, without Foundation.
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
