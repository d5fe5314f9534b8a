/// What a search hit is: a passage of a section, a research claim, or a glossary term.
///
/// The raw value is the hit's `type` in responses; `filterName` is the word the `types=` parameter uses
/// (`types=sections,claims,glossary`, as the API's resources are named).
public enum SearchResultType: String, Sendable, CaseIterable, Hashable, Comparable {
    /// One paragraph or bullet of a section, id `{section-id}#p{n}`.
    case passage
    /// One research claim, id as in `claims.json`.
    case claim
    /// One glossary term, id its slug.
    case glossary

    /// The name used in the `types=` filter.
    public var filterName: String {
        switch self {
        case .passage: "sections"
        case .claim: "claims"
        case .glossary: "glossary"
        }
    }

    /// Parses one `types=` entry; `nil` for anything else (the request then fails naming `types`).
    public init?(filterName: String) {
        guard let type = Self.allCases.first(where: { $0.filterName == filterName }) else { return nil }
        self = type
    }

    /// The type's place among `allCases`, 0…2.
    var ordinal: UInt8 {
        switch self {
        case .passage: 0
        case .claim: 1
        case .glossary: 2
        }
    }

    /// Orders types as they are declared, so lists of them print stably.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.ordinal < rhs.ordinal
    }
}
