import HTTPCore

/// A response's JSON document as a tree whose objects keep their keys in the order they were built.
///
/// Written, never parsed: ExplainerContent's `JSONValue` is the other direction, content files read
/// with their positions.
///
/// Resources are built as trees, not written straight to bytes, so that `?fields=` can prune and
/// `?include=` can graft before serialising; the order of keys is the order a renderer wrote them,
/// which keeps every body byte-for-byte stable for its ETag.
package indirect enum JSONDocument: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONDocument])
    case object([(String, JSONDocument)])

    /// The `Content-Type` of every JSON body the API renders.
    package static let contentType = "application/json; charset=utf-8"

    /// A string, or `null` when absent: unknown facts are served as null, never invented.
    package static func optional(_ s: String?) -> JSONDocument { s.map(JSONDocument.string) ?? .null }

    /// An array of strings.
    package static func strings(_ list: [String]) -> JSONDocument { .array(list.map(JSONDocument.string)) }

    /// The member of an object with that key, or nil.
    package subscript(key: String) -> JSONDocument? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The members of an object, or an empty list for anything else.
    package var members: [(String, JSONDocument)] {
        if case .object(let members) = self { return members }
        return []
    }

    /// The same object with a member replaced in place, or appended when absent.
    package func setting(_ key: String, _ value: JSONDocument) -> JSONDocument {
        guard case .object(var members) = self else { return self }
        if let i = members.firstIndex(where: { $0.0 == key }) { members[i].1 = value } else { members.append((key, value)) }
        return .object(members)
    }

    /// Serialises the tree: compact, or indented by two spaces for `?pretty=1`; ends with a newline.
    package func encoded(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(indent: pretty ? 2 : 0)
        write(to: &writer)
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    /// Writes the tree into a writer, keys in the order they were built.
    package func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.null()
        case .bool(let b): writer.bool(b)
        case .int(let i): writer.int(i)
        case .double(let d): writer.double(d)
        case .string(let s): writer.string(s)
        case .array(let items):
            writer.beginArray()
            for item in items { item.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for (key, value) in members {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}
