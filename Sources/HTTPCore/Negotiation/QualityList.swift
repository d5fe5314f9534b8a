/// The elements of a header field whose values carry weights (`gzip;q=0.8, *;q=0`), as in RFC 9110 §12.4.
///
/// Weights are kept in thousandths (0...1000) because a qvalue has at most three decimals, and
/// integers compare exactly. An element whose weight is malformed is dropped rather than guessed at:
/// a client that sent `q=abc` told us nothing we can rely on.
public struct QualityList: Sendable {
    /// One element: its value (a coding or media range, lowercased), its other parameters, its weight.
    public struct Element: Sendable, Equatable {
        /// The coding or media range, lowercased (`gzip`, `text/*`).
        public var value: String
        /// Parameters other than `q`, names lowercased (`level` of `text/html;level=1`).
        public var parameters: [String: String]
        /// The weight in thousandths: 1000 is `q=1`, 0 means "not acceptable".
        public var quality: Int
    }

    /// The elements in the order the client sent them.
    public let elements: [Element]

    /// Parses every value of the field; lowercases values since codings and media types are case-insensitive.
    public init(_ fieldValues: [String]) {
        var elements: [Element] = []
        for value in fieldValues {
            for item in value.split(separator: ",") {
                let parts = item.split(separator: ";").map { $0.trimmingASCIIWhitespace() }
                guard let first = parts.first, !first.isEmpty else { continue }
                var quality = 1000
                var parameters: [String: String] = [:]
                var valid = true
                for parameter in parts.dropFirst() {
                    let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingASCIIWhitespace() }
                    // A blank parameter or a bare `=` (`gzip; ;q=1`, `gzip;=`) splits into nothing: it names
                    // nothing, so it is skipped like any other nameless parameter rather than indexed.
                    guard let first = pair.first else { continue }
                    let name = first.lowercased()
                    let argument = pair.count > 1 ? pair[1] : ""
                    if name == "q" {
                        guard let q = Self.parseQuality(argument) else {
                            valid = false
                            break
                        }
                        quality = q
                    } else if !name.isEmpty {
                        parameters[name] = argument
                    }
                }
                if valid { elements.append(Element(value: first.lowercased(), parameters: parameters, quality: quality)) }
            }
        }
        self.elements = elements
    }

    /// Parses a qvalue (`0`, `0.5`, `1.000`) into thousandths; nil when it is not one (RFC 9110 §12.4.2).
    public static func parseQuality(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard let lead = bytes.first, lead == UInt8(ascii: "0") || lead == UInt8(ascii: "1") else { return nil }
        var thousandths = Int(lead - UInt8(ascii: "0")) * 1000
        if bytes.count == 1 { return thousandths }
        guard bytes[1] == UInt8(ascii: "."), bytes.count <= 5 else { return nil }
        var scale = 100
        for digit in bytes.dropFirst(2) {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            thousandths += Int(digit - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return thousandths <= 1000 ? thousandths : nil
    }
}
