/// A hit's snippet: a window of the document's text around its matches, plain and marked up.
///
/// Texts up to `maximumLength` scalars are shown whole (most passages are); longer ones are cut to
/// the window holding the most matches, on word boundaries, with `…` at each cut. Match offsets are
/// scalar offsets into the plain snippet (the `…` counts as one).
struct Snippet {
    /// Longest snippet shown whole, in scalars.
    static let maximumLength = 280
    /// Context kept before the first match of a cut window.
    static let leadingContext = 60

    /// The plain snippet.
    private(set) var text: String
    /// The snippet HTML-escaped with matches in `<mark>`.
    private(set) var html: String
    /// Match ranges within `text`.
    private(set) var matches: [SearchMatch]

    /// Cuts and marks `text`; `matchRanges` are scalar ranges in `text`, possibly overlapping.
    init(text source: String, matchRanges: [(Int, Int)]) {
        let scalars = Array(source.unicodeScalars)
        let ranges = Self.merge(matchRanges)
        var lower = 0
        var upper = scalars.count
        if scalars.count > Self.maximumLength {
            let anchor = Self.densestStart(ranges, width: Self.maximumLength - Self.leadingContext)
            lower = Self.wordStart(in: scalars, atOrBefore: max(0, anchor - Self.leadingContext))
            upper = Self.wordEnd(in: scalars, atOrBefore: min(scalars.count, lower + Self.maximumLength), floor: lower)
        }
        let prefix = lower > 0 ? "…" : ""
        let suffix = upper < scalars.count ? "…" : ""
        let shift = prefix.unicodeScalars.count - lower
        matches = ranges.filter { $0.0 >= lower && $0.1 <= upper }.map {
            SearchMatch(start: $0.0 + shift, end: $0.1 + shift)
        }
        var plain = String.UnicodeScalarView()
        plain.append(contentsOf: scalars[lower..<upper])
        text = prefix + String(plain) + suffix

        var marked = prefix
        var cursor = lower
        for range in ranges where range.0 >= lower && range.1 <= upper {
            marked += Self.escape(scalars[cursor..<range.0])
            marked += "<mark>" + Self.escape(scalars[range.0..<range.1]) + "</mark>"
            cursor = range.1
        }
        marked += Self.escape(scalars[cursor..<upper]) + suffix
        html = marked
    }

    /// Sorts ranges and joins overlapping ones (a synonym phrase spans the words inside it).
    static func merge(_ ranges: [(Int, Int)]) -> [(Int, Int)] {
        var merged: [(Int, Int)] = []
        for range in ranges.sorted(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }) {
            if let last = merged.last, range.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, range.1)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// The start of the match that begins the window of `width` scalars holding the most matches.
    static func densestStart(_ ranges: [(Int, Int)], width: Int) -> Int {
        var bestStart = ranges.first?.0 ?? 0
        var bestCount = 0
        var end = 0
        for (index, range) in ranges.enumerated() {
            end = max(end, index)
            while end < ranges.count, ranges[end].1 <= range.0 + width { end += 1 }
            if end - index > bestCount {
                bestCount = end - index
                bestStart = range.0
            }
        }
        return bestStart
    }

    /// Moves back from `offset` to the start of the word it is in.
    static func wordStart(in scalars: [Unicode.Scalar], atOrBefore offset: Int) -> Int {
        var offset = offset
        while offset > 0, !scalars[offset - 1].properties.isWhitespace { offset -= 1 }
        return offset
    }

    /// Moves back from `offset` to the end of the previous whole word, never below `floor`.
    static func wordEnd(in scalars: [Unicode.Scalar], atOrBefore offset: Int, floor: Int) -> Int {
        guard offset < scalars.count else { return scalars.count }
        var cut = offset
        while cut > floor, !scalars[cut].properties.isWhitespace { cut -= 1 }
        while cut > floor, scalars[cut - 1].properties.isWhitespace { cut -= 1 }
        return cut > floor ? cut : offset
    }

    /// Escapes text for HTML element content and attribute values alike.
    static func escape(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var result = ""
        for scalar in scalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
