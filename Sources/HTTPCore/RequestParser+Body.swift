extension RequestParser {
    /// Parses `chunk-size [ chunk-ext ]` (RFC 9112 §7.1) and checks the decoded body stays within limits.
    ///
    /// Extensions are allowed and ignored, but must not carry control bytes; the size must be bare hex
    /// digits with no sign, no spaces inside, and few enough digits that it cannot overflow; `room` is
    /// how many more body bytes the limit allows.
    static func parseChunkSize(_ line: UnsafeBufferPointer<UInt8>, room: Int) throws(RequestParseError) -> Int {
        var size = 0
        var digits = 0
        var i = line.startIndex
        while i < line.endIndex, let d = Self.hexValue(line[i]) {
            size = size << 4 | d
            digits += 1
            i += 1
            if digits > 15 { throw .bodyTooLarge }
        }
        guard digits > 0 else { throw .malformed(reason: "invalid chunk size") }
        var rest = line[i...]
        while let f = rest.first, f == 0x20 || f == 0x09 { rest.removeFirst() }
        if let f = rest.first {
            guard f == UInt8(ascii: ";"), rest.allSatisfy(HTTPSyntax.isFieldValueChar) else {
                throw .malformed(reason: "invalid chunk extension")
            }
        }
        if size > room { throw .bodyTooLarge }
        return size
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
