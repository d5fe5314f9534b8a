/// The elements of a header field whose values carry weights (`gzip;q=0.8, *;q=0`), as in RFC 9110 §12.4.
///
/// Weights are kept in thousandths (0...1000) because a qvalue has at most three decimals, and
/// integers compare exactly. An element whose weight is malformed is dropped rather than guessed at:
/// a client that sent `q=abc` told us nothing we can rely on. The reading is `QualityScanner`'s, the
/// one the request path uses in place; this is it collected into values, for callers that want a list.
public struct QualityList: Sendable {
    /// One element: its value (a coding, media range or language tag, lowercased) and its weight.
    public struct Element: Sendable, Equatable {
        /// The coding or media range, ASCII-lowercased (`gzip`, `text/*`).
        public var value: String
        /// The weight in thousandths: 1000 is `q=1`, 0 means "not acceptable".
        public var quality: Int
    }

    /// The elements in the order the client sent them.
    public let elements: [Element]

    /// Reads every value of the field; lowercases values since codings and media types are case-insensitive.
    public init(_ fieldValues: [String]) {
        var elements: [Element] = []
        for value in fieldValues {
            ASCIIBytes.withBytes(of: value) { bytes in
                var scanner = QualityScanner(bytes)
                while let (range, quality) = scanner.next() {
                    let lowered = bytes[range].map { $0 &- UInt8(ascii: "A") < 26 ? $0 | 0x20 : $0 }
                    elements.append(Element(value: String(decoding: lowered, as: UTF8.self), quality: quality))
                }
            }
        }
        self.elements = elements
    }

    /// Parses a qvalue (`0`, `0.5`, `1.000`) into thousandths; nil when it is not one (RFC 9110 §12.4.2).
    public static func parseQuality(_ text: String) -> Int? {
        ASCIIBytes.withBytes(of: text) { QualityScanner.quality(of: $0, in: 0..<$0.count) }
    }
}
