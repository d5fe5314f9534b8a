/// A JSON value and the 1-based line and column (in Unicode scalars) where it starts.
package struct JSONNode: Sendable, Hashable {
    /// The value.
    package let value: JSONValue
    /// The 1-based line where the value starts.
    package let line: Int
    /// The 1-based column, in Unicode scalars, where the value starts.
    package let column: Int
}
