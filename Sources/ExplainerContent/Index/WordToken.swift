/// A run of word scalars (letters, digits, combining marks) in a text, as UTF-8 offsets.
struct WordToken {
    let utf8Start: Int
    let utf8End: Int
    /// The token lower-cased, for case-insensitive lookup.
    let folded: String

    /// The tokens of `text`. Anything that is not a word scalar separates tokens, so hyphens and
    /// apostrophes split words (`self-harm` → `self`, `harm`) and matching can honour them exactly.
    ///
    /// Scans UTF-8 bytes, classifying ASCII directly and decoding only non-ASCII scalars: this runs
    /// over every section at load time, and is linear with a small constant.
    static func tokens(of text: String) -> [WordToken] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return tokens }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0) }
    }

    private static func scan<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> [WordToken]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var tokens: [WordToken] = []
        var offset = bytes.startIndex
        var open: Int?
        var ascii = true
        while offset < bytes.endIndex {
            let lead = bytes[offset]
            let width: Int
            let isWord: Bool
            if lead < 0x80 {
                width = 1
                isWord = (lead >= 0x61 && lead <= 0x7A) || (lead >= 0x41 && lead <= 0x5A) || (lead >= 0x30 && lead <= 0x39)
            } else {
                width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                for next in 1..<width where offset + next < bytes.endIndex {
                    value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F)
                }
                isWord = Unicode.Scalar(value).map(TextScalars.isWordScalar) ?? false
            }
            if isWord {
                if open == nil {
                    open = offset
                    ascii = true
                }
                if lead >= 0x80 { ascii = false }
            } else if let start = open {
                tokens.append(make(bytes, start, offset, ascii: ascii))
                open = nil
            }
            offset += width
        }
        if let start = open {
            tokens.append(make(bytes, start, min(offset, bytes.endIndex), ascii: ascii))
        }
        return tokens
    }

    private static func make<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int, ascii: Bool) -> WordToken
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let slice = bytes[start..<end]
        let folded: String
        if ascii {
            // ASCII fast path: fold by bytes instead of through Unicode case mapping.
            folded = String(unsafeUninitializedCapacity: end - start) { buffer in
                for (position, byte) in slice.enumerated() {
                    buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return end - start
            }
        } else {
            folded = String(decoding: slice, as: UTF8.self).lowercased()
        }
        return WordToken(utf8Start: start, utf8End: end, folded: folded)
    }
}
