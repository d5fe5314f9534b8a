/// A hit's snippet: a window of the document's text around its matches, plain and marked up.
///
/// Texts up to `maximumLength` UTF-8 bytes are shown whole; longer ones are cut to the window holding
/// the most matches, on whitespace, with `…` at each cut. Work is done on bytes (cuts at whitespace
/// never split a character), and match offsets are then reported in Unicode scalars of the plain
/// snippet, `…` counting as one.
struct Snippet {
    /// Longest snippet shown whole, in UTF-8 bytes (about as many characters in this content).
    static let maximumLength = 280
    /// Context kept before the first match of a cut window, in bytes.
    static let leadingContext = 60

    /// A match to mark: its scalar and byte ranges in the full text.
    struct Range {
        var start: Int
        var end: Int
        var utf8Start: Int
        var utf8End: Int
    }

    /// The plain snippet.
    private(set) var text: String
    /// The snippet HTML-escaped with matches in `<mark>`.
    private(set) var html: String
    /// Match ranges within `text`, in scalars.
    private(set) var matches: [SearchMatch]

    /// Cuts and marks `source`; `ranges` may overlap and come in any order.
    init(text source: String, ranges unsorted: [Range]) {
        let bytes = Array(source.utf8)
        let ranges = Self.merge(unsorted)
        var lower = 0
        var upper = bytes.count
        if bytes.count > Self.maximumLength {
            let anchor = Self.densestStart(ranges, width: Self.maximumLength - Self.leadingContext)
            lower = Self.wordStart(in: bytes, atOrBefore: max(0, anchor - Self.leadingContext))
            upper = Self.wordEnd(in: bytes, atOrBefore: min(bytes.count, lower + Self.maximumLength), floor: lower)
        }
        let ellipsis: [UInt8] = Array("…".utf8)
        let prefix: [UInt8] = lower > 0 ? ellipsis : []
        let suffix: [UInt8] = upper < bytes.count ? ellipsis : []
        // Scalars before the cut: every byte that does not continue a multi-byte sequence starts one.
        let scalarsBefore = bytes[0..<lower].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        let shift = (prefix.isEmpty ? 0 : 1) - scalarsBefore
        let shown = ranges.filter { $0.utf8Start >= lower && $0.utf8End <= upper }
        matches = shown.map { SearchMatch(start: $0.start + shift, end: $0.end + shift) }
        text = String(decoding: prefix + bytes[lower..<upper] + suffix, as: UTF8.self)

        var marked = prefix
        marked.reserveCapacity(upper - lower + shown.count * 13 + 16)
        var cursor = lower
        for range in shown {
            HTMLText.escape(bytes[cursor..<range.utf8Start], into: &marked)
            marked.append(contentsOf: Self.openMark)
            HTMLText.escape(bytes[range.utf8Start..<range.utf8End], into: &marked)
            marked.append(contentsOf: Self.closeMark)
            cursor = range.utf8End
        }
        HTMLText.escape(bytes[cursor..<upper], into: &marked)
        marked.append(contentsOf: suffix)
        html = String(decoding: marked, as: UTF8.self)
    }

    private static let openMark = Array("<mark>".utf8)
    private static let closeMark = Array("</mark>".utf8)

    /// Sorts ranges and joins overlapping ones (a synonym phrase spans the words inside it).
    static func merge(_ ranges: [Range]) -> [Range] {
        var merged: [Range] = []
        for range in ranges.sorted(by: { ($0.utf8Start, $0.utf8End) < ($1.utf8Start, $1.utf8End) }) {
            if let last = merged.last, range.utf8Start <= last.utf8End {
                if range.utf8End > last.utf8End {
                    merged[merged.count - 1].utf8End = range.utf8End
                    merged[merged.count - 1].end = range.end
                }
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The byte start of the match that begins the window of `width` bytes holding the most matches.
    static func densestStart(_ ranges: [Range], width: Int) -> Int {
        var bestStart = ranges.first?.utf8Start ?? 0
        var bestCount = 0
        var end = 0
        for (index, range) in ranges.enumerated() {
            end = max(end, index)
            while end < ranges.count, ranges[end].utf8End <= range.utf8Start + width { end += 1 }
            if end - index > bestCount {
                bestCount = end - index
                bestStart = range.utf8Start
            }
        }
        return bestStart
    }

    /// Whether a byte is ASCII whitespace; bytes of multi-byte characters never are.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Moves back from `offset` to the start of the word it is in.
    static func wordStart(in bytes: [UInt8], atOrBefore offset: Int) -> Int {
        var offset = offset
        while offset > 0, !isSpace(bytes[offset - 1]) { offset -= 1 }
        return offset
    }

    /// Moves back from `offset` to the end of the previous whole word, never below `floor`; with no
    /// space to cut at, cuts at the nearest character boundary instead.
    static func wordEnd(in bytes: [UInt8], atOrBefore offset: Int, floor: Int) -> Int {
        guard offset < bytes.count else { return bytes.count }
        var cut = offset
        while cut > floor, !isSpace(bytes[cut]) { cut -= 1 }
        while cut > floor, isSpace(bytes[cut - 1]) { cut -= 1 }
        if cut > floor { return cut }
        cut = offset
        while cut > floor, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}
