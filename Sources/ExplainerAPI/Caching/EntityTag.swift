import HTTPCore

/// Strong entity tags (RFC 9110 §8.8.3) derived from the exact bytes of a representation.
///
/// The tag is a 64-bit FNV-1a hash of the body plus its length. It is computed once, when a body is
/// rendered, so its cost does not matter per request; it only has to change whenever the bytes do,
/// which makes a body that survives a content reload unchanged keep its tag (and its cached copies).
/// gzip bytes differ from identity bytes, so each encoding gets its own tag, as RFC 9110 requires.
package enum EntityTag {
    /// The quoted strong tag for these bytes, e.g. `"9f1c2e0b7a4d3c21-5d2"`.
    package static func strong(for bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "-" + String(bytes.count, radix: 16) + "\""
    }

    /// Whether an `If-None-Match` field matches a tag, by weak comparison as RFC 9110 §13.1.2 says:
    /// `W/"x"` matches `"x"`, and `*` matches any current representation.
    package static func ifNoneMatch(_ fieldValues: [String], matches tag: String) -> Bool {
        let opaque = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        for value in fieldValues {
            for candidate in value.split(separator: ",") {
                var item = Substring(candidate.trimmingASCIIWhitespace())
                if item == "*" { return true }
                if item.hasPrefix("W/") { item = item.dropFirst(2) }
                if item == opaque { return true }
            }
        }
        return false
    }
}
