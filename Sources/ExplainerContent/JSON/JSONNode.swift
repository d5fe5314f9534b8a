/// A JSON value and the 1-based line and column (in Unicode scalars) where it starts.
struct JSONNode: Sendable, Hashable {
    let value: JSONValue
    let line: Int
    let column: Int
}
