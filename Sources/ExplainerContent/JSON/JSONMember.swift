/// One `"key": value` pair of a JSON object, with where the key was written.
///
/// Members stay in source order, duplicates included, so the loader can report a repeated key.
package struct JSONMember: Sendable, Hashable {
    /// The member's name.
    package let key: String
    /// The 1-based line of the key.
    package let line: Int
    /// The 1-based column of the key, in Unicode scalars.
    package let column: Int
    /// The member's value, with its own position.
    package let value: JSONNode
}
