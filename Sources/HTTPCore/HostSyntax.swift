import Glibc

/// The grammar of a `Host` field value (RFC 9112 §3.2, RFC 9110 §7.2): `uri-host [ ":" port ]`, with
/// RFC 3986 §3.2.2's `uri-host = IP-literal / IPv4address / reg-name` and `port = *DIGIT`.
///
/// Checked as a grammar rather than against a list of bad values: userinfo (`user@x`), a second host
/// (`x, y`), a path (`x/evil`), a port that is not digits and an unclosed literal all fall out of it,
/// because none of `@`, space, `/` or a lone `[` can appear where the grammar allows. IPv4address
/// needs no rule of its own: every IPv4 address is also a reg-name. An empty value is allowed, as
/// RFC 9112 §3.2 requires for targets without an authority.
enum HostSyntax {
    /// Whether the bytes are a Host value the grammar allows.
    ///
    /// Asked of every request, so the common case, a reg-name with an optional port, is one pass over
    /// the bytes with a bit-mask test per byte.
    static func isValid(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let first = value.first, first == UInt8(ascii: "[") {
            guard let close = value.firstIndex(of: UInt8(ascii: "]")) else { return false }
            guard isIPLiteral(UnsafeBufferPointer(rebasing: value[1..<close])) else { return false }
            i = close + 1
            if i == value.count { return true }
            guard value[i] == UInt8(ascii: ":") else { return false }
        } else {
            // reg-name = *( unreserved / pct-encoded / sub-delims ), up to the port's colon.
            let mask = Self.regNameMask
            while i < value.count, value[i] != UInt8(ascii: ":") {
                let b = value[i]
                if b == UInt8(ascii: "%") {
                    guard i + 2 < value.count, isHexDigit(value[i + 1]), isHexDigit(value[i + 2]) else { return false }
                    i += 3
                    continue
                }
                guard Self.isRegNameChar(b, mask) else { return false }
                i += 1
            }
            if i == value.count { return true }
        }
        // port = *DIGIT: an empty port (`x:`) is what the grammar allows.
        return value[(i + 1)...].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// unreserved and sub-delims, as bits by byte value: bytes 0–63 in the first word, 64–127 in the
    /// second. `0-9 - .` and `! $ & ' ( ) * + , ; =` in the first; `A-Z a-z _ ~` in the second.
    private static let regNameMask: (UInt64, UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for b in UInt8(0)..<128 where isUnreserved(b) || isSubDelim(b) {
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        return (low, high)
    }()

    /// Whether `b` is unreserved or a sub-delim, by `regNameMask` (read once per value, not per byte).
    @inline(__always)
    private static func isRegNameChar(_ b: UInt8, _ mask: (UInt64, UInt64)) -> Bool {
        if b < 64 { return mask.0 >> UInt64(b) & 1 == 1 }
        if b < 128 { return mask.1 >> UInt64(b - 64) & 1 == 1 }
        return false
    }

    /// The inside of `IP-literal = "[" ( IPv6address / IPvFuture ) "]"`.
    ///
    /// IPv6address is left to `inet_pton`, whose accepted forms are RFC 4291's text forms, the same
    /// ones RFC 3986's IPv6address spells out (no zone identifier, as in RFC 3986).
    private static func isIPLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "v") || first == UInt8(ascii: "V") { return isIPvFuture(bytes) }
        // The longest IPv6 text form is 45 bytes; a longer literal is refused before it is copied.
        guard bytes.count <= 45, bytes.allSatisfy({ isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
        else { return false }
        var text = [CChar](repeating: 0, count: bytes.count + 1)
        for i in bytes.indices { text[i] = CChar(bitPattern: bytes[i]) }
        var address = in6_addr()
        return inet_pton(AF_INET6, text, &address) == 1
    }

    /// `IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`.
    private static func isIPvFuture(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 1
        while i < bytes.count, isHexDigit(bytes[i]) { i += 1 }
        guard i > 1, i < bytes.count, bytes[i] == UInt8(ascii: ".") else { return false }
        let rest = bytes[(i + 1)...]
        return !rest.isEmpty && rest.allSatisfy { isUnreserved($0) || isSubDelim($0) || $0 == UInt8(ascii: ":") }
    }

    /// `unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~"`.
    private static func isUnreserved(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// `sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="`.
    private static func isSubDelim(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="):
            true
        default: false
        }
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
