/// One `"key": value` pair of a JSON object, with where the key was written.
///
/// Members stay in source order, duplicates included, so the loader can report a repeated key.
package struct JSONMember: Sendable, Hashable {
    package let key: String
    package let line: Int
    package let column: Int
    package let value: JSONNode
}
