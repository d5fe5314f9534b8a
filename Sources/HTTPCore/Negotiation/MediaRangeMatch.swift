/// The most specific media range of an `Accept` that covers one media type, found on the field's bytes.
///
/// `text/plain` is matched by `text/plain` (specificity 3), `text/*` (2), then `*/*` or `*` (1); the
/// first range of the highest specificity gives the weight, as `AcceptedMediaTypes` always read it.
/// Comparisons fold ASCII case on both sides, so neither the field nor the type is lowercased into a
/// new string. Both must be ASCII (see `QualityScanner`).
struct MediaRangeMatch {
    /// The media type's bytes, borrowed for the match's lifetime.
    private let type: UnsafeBufferPointer<UInt8>
    /// The type's major part (`text` of `text/plain`): its first non-empty `/` piece, else all of it,
    /// as `split(separator: "/").first ?? type` gives.
    private let major: Range<Int>
    /// The specificity of the best range so far; 0 until one matches.
    private var specificity = 0
    /// The weight of that range, in thousandths.
    private var weight = 0

    /// Starts matching `type`, whose bytes must outlive the match.
    init(_ type: UnsafeBufferPointer<UInt8>) {
        self.type = type
        var start = 0
        while start < type.count && type[start] == UInt8(ascii: "/") { start += 1 }
        var end = start
        while end < type.count && type[end] != UInt8(ascii: "/") { end += 1 }
        major = start < end ? start..<end : 0..<type.count
    }

    /// The type's weight in thousandths: that of its most specific range, 0 when none covers it.
    var quality: Int { specificity > 0 ? weight : 0 }

    /// Considers one `Accept` value's ranges.
    mutating func add(_ fieldValue: String) {
        ASCIIBytes.withBytes(of: fieldValue) { bytes in
            var scanner = QualityScanner(bytes)
            while let (range, quality) = scanner.next() {
                consider(UnsafeBufferPointer(rebasing: bytes[range]), quality: quality)
            }
        }
    }

    /// Considers one media range and its weight; ranges come in the order the client sent them.
    mutating func consider(_ range: UnsafeBufferPointer<UInt8>, quality: Int) {
        let found = specificity(of: range)
        if found > specificity { (specificity, weight) = (found, quality) }
    }

    /// How specifically `range` (a media range's bytes) covers the type; 0 when it does not.
    private func specificity(of range: UnsafeBufferPointer<UInt8>) -> Int {
        if range.count == type.count, HTTPSyntax.asciiCaseInsensitiveEqual(range, type) { return 3 }
        let count = range.count
        if count == major.count + 2, range[count - 2] == UInt8(ascii: "/"), range[count - 1] == UInt8(ascii: "*"),
            HTTPSyntax.asciiCaseInsensitiveEqual(
                UnsafeBufferPointer(rebasing: range[0..<count - 2]), UnsafeBufferPointer(rebasing: type[major]))
        {
            return 2
        }
        let star = UInt8(ascii: "*"), slash = UInt8(ascii: "/")
        let anything = count == 1 ? range[0] == star : count == 3 && range[0] == star && range[1] == slash && range[2] == star
        return anything ? 1 : 0
    }
}
