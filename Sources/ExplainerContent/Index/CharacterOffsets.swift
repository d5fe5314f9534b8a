/// Converts UTF-8 offsets into `Character` offsets, for many offsets in one pass over the text.
///
/// Counting characters needs grapheme breaking, the slowest thing the loader does per byte, so it is
/// done once per text for all the offsets a section needs, and skipped for ASCII text without `\r`
/// (where every byte is one character).
enum CharacterOffsets {
    /// The number of characters that start before each offset (an offset past the end maps to the count).
    static func map(_ utf8Offsets: [Int], in text: String) -> [Int: Int] {
        guard !utf8Offsets.isEmpty else { return [:] }
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            return Dictionary(utf8Offsets.map { ($0, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let wanted = Set(utf8Offsets).sorted()
        var result: [Int: Int] = [:]
        result.reserveCapacity(wanted.count)
        var next = 0
        var utf8 = 0
        var characters = 0
        for character in text {
            while next < wanted.count && wanted[next] <= utf8 {
                result[wanted[next]] = characters
                next += 1
            }
            if next == wanted.count { break }
            utf8 += character.utf8.count
            characters += 1
        }
        while next < wanted.count {
            result[wanted[next]] = characters
            next += 1
        }
        return result
    }
}
