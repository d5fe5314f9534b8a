/// Finding a run of bytes in UTF-8 text: a first-byte scan then a compare, linear for prose.
///
/// Byte for byte: no case folding, no Unicode normalisation. Foundation's `range(of:)` and `contains`
/// bridge through `NSString` and its UTF-16 search, which was a visible share of loading and rendering
/// at scale (a quarter of the index build, a fifth of a 1000× start), so text searches whose needle is
/// plain bytes (a quote, a marker) come here.
package enum ByteSearch {
    /// Where `needle` first occurs in `haystack` at or after `start`; `start` itself for an empty needle.
    package static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start }
        guard haystack.count >= needle.count else { return nil }
        var i = start
        while i <= haystack.count - needle.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    package static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }
}
