/// The part of an `Accept-Encoding` that choosing between the stored encodings needs: the weights of
/// `gzip`, `x-gzip`, `identity` and `*`, each -1 when no element names it.
///
/// Kept in four integers rather than a list so that reading a request's field allocates nothing.
/// A coding named twice takes its highest weight, but `*` takes its first, as `AcceptEncoding` always
/// has (`quality(of:)` maxes over exact matches and takes the first `*`).
struct CodingWeights: Sendable, Equatable {
    /// Highest weight of a `gzip` element, or -1.
    var gzip = -1
    /// Highest weight of an `x-gzip` element (the same coding, RFC 9110 §8.4.1.3), or -1.
    var xGzip = -1
    /// Highest weight of an `identity` element, or -1.
    var identity = -1
    /// Weight of the first `*` element, or -1.
    var star = -1

    /// No coding named yet.
    init() {}

    /// Adds one field value's elements, read in place.
    mutating func add(_ fieldValue: String) {
        ASCIIBytes.withBytes(of: fieldValue) { bytes in
            var scanner = QualityScanner(bytes)
            while let (value, quality) = scanner.next() {
                // The length picks the one name worth comparing.
                switch value.count {
                case 1 where star < 0 && bytes[value.lowerBound] == UInt8(ascii: "*"): star = quality
                case 4 where scanner.value(value, is: "gzip"): gzip = max(gzip, quality)
                case 6 where scanner.value(value, is: "x-gzip"): xGzip = max(xGzip, quality)
                case 8 where scanner.value(value, is: "identity"): identity = max(identity, quality)
                default: continue
                }
            }
        }
    }
}
