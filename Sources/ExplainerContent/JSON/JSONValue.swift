/// A parsed JSON value whose children remember where they were written.
///
/// Numbers keep their source text so that nothing is lost to `Double` rounding and the canonical
/// form used for the content hash is exactly what was written.
package enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// The JSON type's name, for messages ("expected a string, found an array").
    package var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
