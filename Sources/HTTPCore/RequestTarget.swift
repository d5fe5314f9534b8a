/// Splits and percent-decodes an origin-form request-target (RFC 9112 §3.2.1).
public enum RequestTarget {
    /// The decoded path and query items of a target; undecodable escapes are kept as sent.
    public static func split(_ target: String) -> (path: String, query: QueryItems) {
        let bytes = Array(target.utf8)
        let q = bytes.firstIndex(of: UInt8(ascii: "?"))
        let rawPath = q.map { Array(bytes[..<$0]) } ?? bytes
        let path = percentDecode(rawPath, plusAsSpace: false)
        guard let q else { return (path, QueryItems()) }
        var items: [QueryItems.Item] = []
        for pair in bytes[(q + 1)...].split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let eq = pair.firstIndex(of: UInt8(ascii: "="))
            let name = Array(eq.map { pair[..<$0] } ?? pair[...])
            let value = eq.map { Array(pair[($0 + 1)...]) } ?? []
            items.append((percentDecode(name, plusAsSpace: true), percentDecode(value, plusAsSpace: true)))
        }
        return (path, QueryItems(items))
    }

    /// Decodes `%XX` escapes (and `+` when asked); invalid UTF-8 is repaired with U+FFFD.
    public static func percentDecode(_ bytes: [UInt8], plusAsSpace: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%"), i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(plusAsSpace && b == UInt8(ascii: "+") ? UInt8(ascii: " ") : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
