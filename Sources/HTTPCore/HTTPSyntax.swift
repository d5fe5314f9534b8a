/// Byte classes of RFC 9110 §5.6 that the parser and the writer check against.
@usableFromInline package enum HTTPSyntax {
    /// `tchar`: the characters of a token (method, field name).
    @inline(__always)
    package static func isTokenChar(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
            UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    /// A byte allowed inside a field value: VCHAR, obs-text, SP and HTAB. CR, LF, NUL and the other
    /// controls are not, which is what makes bare CR and header injection impossible.
    @inline(__always)
    package static func isFieldValueChar(_ b: UInt8) -> Bool {
        b == 0x09 || (b >= 0x20 && b != 0x7F)
    }

    /// A byte allowed in a request-target: visible ASCII only (no space, no control, no raw UTF-8, no `#`).
    @inline(__always)
    package static func isTargetChar(_ b: UInt8) -> Bool {
        b > 0x20 && b < 0x7F && b != UInt8(ascii: "#")
    }

    /// Whether every byte of a string is a token character and there is at least one.
    package static func isToken<S: StringProtocol>(_ s: S) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy(isTokenChar)
    }

    /// Whether a string may be sent as a field value without changing the message's framing.
    package static func isFieldValue<S: StringProtocol>(_ s: S) -> Bool {
        s.utf8.allSatisfy(isFieldValueChar)
    }

    /// Whether two bytes are equal, or the same ASCII letter in different cases.
    @inlinable @inline(__always)
    package static func asciiFoldedEqual(_ x: UInt8, _ y: UInt8) -> Bool {
        x == y || (x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A)
    }

    /// Whether two byte runs of the same length are equal, folding ASCII letters only.
    @inlinable
    package static func asciiCaseInsensitiveEqual(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<x.count where !asciiFoldedEqual(x[i], y[i]) { return false }
        return true
    }
}
