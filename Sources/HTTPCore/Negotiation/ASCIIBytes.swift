/// Byte-level helpers for reading header fields in place: comparison with a lowercase literal, and
/// separator search, a word (eight bytes) at a time where that pays.
///
/// Case folding here is ASCII only (`A`–`Z` to `a`–`z`), as HTTP's tokens are; any other byte
/// compares as itself. Comparing two runs of bytes, or two names, folding case is
/// `HTTPSyntax.asciiCaseInsensitiveEqual` and `asciiCaseInsensitiveEquals`, as header look-ups do.
enum ASCIIBytes {
    /// Calls `body` with a string's UTF-8 bytes: in place for native strings, else on a contiguous copy.
    @inline(__always)
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether `bytes` are `lowercase` (lowercase ASCII) once ASCII case is folded.
    ///
    /// Against a lowercase letter, `byte | 0x20` is equal exactly when `byte` is that letter in either
    /// case; any other expected byte must match as is. `lowercase` is usually a literal, so the check
    /// per byte is decided when compiling.
    @inline(__always)
    static func equalFoldingCase(_ bytes: UnsafeBufferPointer<UInt8>, lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for index in 0..<bytes.count {
            let letter = expected[index] &- UInt8(ascii: "a") < 26
            if (letter ? bytes[index] | 0x20 : bytes[index]) != expected[index] { return false }
        }
        return true
    }

    /// The index of the first `first` or `second` at or after `start`, or `bytes.count` when there is none.
    ///
    /// Eight bytes are tested at once: a byte equal to the one sought becomes zero after an XOR, and
    /// `(w - 0x01…01) & ~w & 0x80…80` marks zero bytes. Borrows can mark a byte above a real zero, never
    /// below one, so the lowest mark is exact.
    static func firstIndex(of first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let marks = zeroBytes(word ^ (ones &* UInt64(first))) | zeroBytes(word ^ (ones &* UInt64(second)))
                if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count && bytes[index] != first && bytes[index] != second { index += 1 }
        return index
    }

    /// The high bit of each byte of `word` that may be zero (exactly so for the lowest marked byte).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }
}
