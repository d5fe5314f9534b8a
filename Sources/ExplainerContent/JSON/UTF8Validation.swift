/// Finds the first byte that breaks UTF-8 (RFC 3629), with its line and column, so the loader can
/// point at it rather than just saying the file is bad.
enum UTF8Validation {
    /// Where the first invalid sequence starts, or `nil` when `bytes` is valid UTF-8.
    static func firstInvalidPosition(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var index = 0
        var line = 1
        var column = 1
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(at: index, in: bytes)
            if length == 0 { return (line, column) }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The length of the valid sequence starting at `index`, or 0 when it is invalid
    /// (overlong forms, surrogates and values past U+10FFFF included).
    private static func sequenceLength(at index: Int, in bytes: [UInt8]) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upperBound = 0x9F
        case 0xF0:
            length = 4
            lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upperBound = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= lowerBound && second <= upperBound else { return 0 }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }
}
