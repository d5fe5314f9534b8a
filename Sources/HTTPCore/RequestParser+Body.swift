extension RequestParser {
    /// Parses `chunk-size [ chunk-ext ]` (RFC 9112 §7.1) and checks the decoded body stays within limits.
    ///
    /// The size must be bare hex digits with no sign, no spaces inside, and few enough digits that it
    /// cannot overflow; `room` is how many more body bytes the limit allows. Extensions are ignored, but
    /// must follow §7.1.1's grammar, `*( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )`
    /// with token names and token or quoted-string values: two parsers that disagree on where a
    /// malformed extension ends could disagree on where the chunk starts.
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
        if i < line.endIndex {
            guard Self.isChunkExtensions(UnsafeBufferPointer(rebasing: line[i...])) else {
                throw .malformed(reason: "invalid chunk extension")
            }
        }
        if size > room { throw .bodyTooLarge }
        return size
    }

    /// Whether the bytes after a chunk size are `1*( BWS ";" BWS token [ BWS "=" BWS ( token / quoted-string ) ] )`.
    private static func isChunkExtensions(_ ext: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        func skipWhitespace() { while i < ext.count, ext[i] == 0x20 || ext[i] == 0x09 { i += 1 } }
        func token() -> Bool {
            let start = i
            while i < ext.count, HTTPSyntax.isTokenChar(ext[i]) { i += 1 }
            return i > start
        }
        while i < ext.count {
            skipWhitespace()
            guard i < ext.count, ext[i] == UInt8(ascii: ";") else { return false }
            i += 1
            skipWhitespace()
            guard token() else { return false }
            let afterName = i
            skipWhitespace()
            guard i < ext.count, ext[i] == UInt8(ascii: "=") else {
                // No value: whitespace here may only lead to the next ";", never end the line.
                i = afterName
                continue
            }
            i += 1
            skipWhitespace()
            if i < ext.count, ext[i] == UInt8(ascii: "\"") {
                guard let end = quotedStringEnd(ext, from: i) else { return false }
                i = end
            } else if !token() {
                return false
            }
        }
        return true
    }

    /// The index after the quoted-string starting at `start` (RFC 9110 §5.6.4), or nil if it is not one.
    private static func quotedStringEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): return i + 1
            case UInt8(ascii: "\\"):
                // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
                guard i + 1 < bytes.count, HTTPSyntax.isFieldValueChar(bytes[i + 1]) else { return nil }
                i += 2
            case let b where HTTPSyntax.isFieldValueChar(b): i += 1
            default: return nil
            }
        }
        return nil
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
