/// One `"key": value` pair of a JSON object, with where the key was written.
///
/// Members stay in source order, duplicates included, so the loader can report a repeated key.
struct JSONMember: Sendable, Hashable {
    let key: String
    let line: Int
    let column: Int
    let value: JSONNode
}
