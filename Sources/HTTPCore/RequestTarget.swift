/// Splits and percent-decodes an origin-form request-target (RFC 9112 §3.2.1).
///
/// Decoding is strict, because a lenient decoder turns what the client sent into something else: a
/// malformed escape (`%zz`, a trailing `%`) or escapes whose bytes are not UTF-8 (`%FF`, an overlong
/// or truncated sequence) are refused, in the path and in every query name and value, instead of
/// being kept as sent or repaired with U+FFFD and echoed back as if the client had sent that.
public enum RequestTarget {
    /// The decoded path and query items of a target, or the error naming what does not decode: the
    /// path, or the first query parameter (by its decoded name, or as sent when the name itself is
    /// what does not decode).
    public static func split(_ target: String) throws(RequestParseError) -> (path: String, query: QueryItems) {
        var contiguous = target
        // `withUTF8` rethrows untyped errors, so the typed one crosses it as a Result.
        let result = contiguous.withUTF8 { bytes in
            Result { () throws(RequestParseError) in try split(bytes, target: target) }
        }
        return try result.get()
    }

    /// Splits the target's bytes in place; a path with nothing to decode and no query is the target
    /// itself, shared rather than copied, which is what most requests send.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, target: String) throws(RequestParseError) -> (
        path: String, query: QueryItems
    ) {
        // One pass finds both the query's start and whether the path has anything to decode.
        var q: Int?
        var escaped = false
        for i in bytes.indices {
            if bytes[i] == UInt8(ascii: "?") {
                q = i
                break
            }
            escaped = escaped || bytes[i] == UInt8(ascii: "%")
        }
        let rawPath = UnsafeBufferPointer(rebasing: bytes[..<(q ?? bytes.count)])
        let path: String
        if escaped {
            guard let decoded = percentDecode(rawPath, plusAsSpace: false) else {
                throw .malformed(reason: "the path has an escape that is not percent-encoded UTF-8")
            }
            path = decoded
        } else if q == nil {
            // A String's bytes are valid UTF-8, so decoding them again would give the same string.
            path = target
        } else {
            path = String(decoding: rawPath, as: UTF8.self)
        }
        guard let q else { return (path, QueryItems()) }
        var items: [QueryItems.Item] = []
        var start = q + 1
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "&") { end += 1 }
            // Empty pairs (`a=1&&b=2`, a trailing `&`) are skipped.
            if end > start {
                let pair = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let eq = pair.firstIndex(of: UInt8(ascii: "="))
                let rawName = UnsafeBufferPointer(rebasing: pair[..<(eq ?? pair.count)])
                let rawValue = UnsafeBufferPointer(rebasing: pair[(eq.map { $0 + 1 } ?? pair.count)...])
                guard let name = percentDecode(rawName, plusAsSpace: true) else {
                    throw .undecodableQueryParameter(name: String(decoding: rawName, as: UTF8.self))
                }
                guard let value = percentDecode(rawValue, plusAsSpace: true) else { throw .undecodableQueryParameter(name: name) }
                items.append((name, value))
            }
            start = end + 1
        }
        return (path, QueryItems(items))
    }

    /// Decodes `%XX` escapes (and `+` when asked); nil for a malformed escape or bytes that are not UTF-8.
    public static func percentDecode(_ bytes: [UInt8], plusAsSpace: Bool) -> String? {
        bytes.withUnsafeBufferPointer { percentDecode($0, plusAsSpace: plusAsSpace) }
    }

    /// Decodes `%XX` escapes (and `+` when asked) of bytes read in place; the decoded bytes go to a
    /// temporary buffer on the stack, and bytes with nothing to decode straight into the string.
    static func percentDecode(_ bytes: UnsafeBufferPointer<UInt8>, plusAsSpace: Bool) -> String? {
        let escaped = bytes.contains { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }
        // Without escapes the bytes are the parser's visible ASCII or a String's own UTF-8: valid as they are.
        guard escaped else { return String(decoding: bytes, as: UTF8.self) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> String? in
            var count = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "%") {
                    guard i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) else { return nil }
                    out[count] = h << 4 | l
                    i += 3
                } else {
                    out[count] = plusAsSpace && b == UInt8(ascii: "+") ? UInt8(ascii: " ") : b
                    i += 1
                }
                count += 1
            }
            return String(validating: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
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
