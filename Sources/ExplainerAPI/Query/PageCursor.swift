/// The opaque `?cursor=` of a list: where the next page starts.
///
/// It is the offset into the list, written as `o<offset>` and base64url-encoded without padding, so
/// clients treat it as a token rather than do arithmetic on it. Lists are fixed per content version,
/// so an offset is a stable position; a cursor from before a reload still lands on a valid page.
package struct PageCursor: Sendable, Equatable {
    /// The index of the first item on the page.
    package let offset: Int

    /// The cursor for the page that starts at `offset`.
    package init(offset: Int) { self.offset = offset }

    /// The token for this position.
    package var token: String { Self.base64URL(Array("o\(offset)".utf8)) }

    /// Decodes a token; nil when it is not one this server wrote.
    package init?(token: String) {
        guard token.utf8.count <= 32, let bytes = Self.decodeBase64URL(token),
            bytes.first == UInt8(ascii: "o"), bytes.count > 1, bytes.count <= Self.maximumDigits + 1,
            bytes.dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let offset = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
            Self.base64URL(bytes) == token
        else { return nil }
        self.offset = offset
    }

    /// The most digits an offset is written with: ten, so the pattern in `openapi.yaml` (the
    /// base64url of `o` and one to ten digits) describes exactly the tokens this type reads.
    package static let maximumDigits = 10

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static func base64URL(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let chunk = Array(bytes[i..<min(i + 3, bytes.count)])
            let n = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            let chars = chunk.count + 1
            for k in 0..<chars { out.append(alphabet[(n >> (18 - 6 * k)) & 63]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func decodeBase64URL(_ token: String) -> [UInt8]? {
        var values: [Int] = []
        for c in token.utf8 {
            guard let v = alphabet.firstIndex(of: c) else { return nil }
            values.append(v)
        }
        guard values.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < values.count {
            let group = Array(values[i..<min(i + 4, values.count)])
            let n = group.enumerated().reduce(0) { $0 | $1.element << (18 - 6 * $1.offset) }
            for k in 0..<(group.count - 1) { out.append(UInt8((n >> (16 - 8 * k)) & 0xFF)) }
            i += 4
        }
        return out
    }
}
