/// A JSON value and the 1-based line and column (in Unicode scalars) where it starts.
package struct JSONNode: Sendable, Hashable {
    package let value: JSONValue
    package let line: Int
    package let column: Int
}
