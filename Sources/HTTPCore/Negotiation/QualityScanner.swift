/// Reads the weighted elements of one field value (`gzip;q=0.8, *;q=0`) in place, without allocating.
///
/// The one reading of weighted fields in this module (`AcceptEncoding`, `AcceptedMediaTypes` and
/// `QualityList` all use it): elements split on `,` and then on `;` with zero-length pieces skipped
/// (so `;q=0.5` is an element named `q=0.5`), spaces and tabs trimmed around every piece, a
/// parameter named `q` in any case taking its value after the first `=`, the last valid `q` winning,
/// and a malformed one dropping the element. It reads bytes, as a field is sent: a non-ASCII byte is
/// only ever compared as itself, and case folding is ASCII's.
struct QualityScanner: IteratorProtocol {
    /// One element: where its value lies in the bytes (trimmed, in the case sent) and its weight in
    /// thousandths.
    typealias Element = (value: Range<Int>, quality: Int)

    /// What one `;` parameter contributes to its element.
    private enum Parameter {
        /// Not a weight (`level=1`, or blank): ignored.
        case other
        /// A well-formed `q`, in thousandths.
        case quality(Int)
        /// A `q` that is not a qvalue: the element is dropped.
        case malformed
    }

    /// The field value's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the next element starts looking for its end.
    private var position = 0

    /// Reads `bytes`, which must outlive the scanner (it keeps the pointer, not a copy).
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next element that has a value and no malformed weight, or nil at the end of the bytes.
    ///
    /// One pass: each byte is looked at once to find the `,` and `;` that end its piece.
    mutating func next() -> Element? {
        let count = bytes.count
        while position < count {
            var index = position
            // The value is the item's first non-empty `;` piece, even if it looks like a parameter.
            while index < count && bytes[index] == UInt8(ascii: ";") { index += 1 }
            let valueStart = index
            index = ASCIIBytes.firstIndex(of: UInt8(ascii: ","), or: UInt8(ascii: ";"), in: bytes, from: index)
            let value = trimmed(valueStart..<index)
            var quality = 1000
            var valid = !value.isEmpty
            while index < count && bytes[index] == UInt8(ascii: ";") {
                let start = index + 1
                index = ASCIIBytes.firstIndex(of: UInt8(ascii: ","), or: UInt8(ascii: ";"), in: bytes, from: start)
                guard valid else { continue }
                switch parameter(start..<index) {
                case .other: continue
                case .quality(let weight): quality = weight
                case .malformed: valid = false
                }
            }
            position = index + 1
            if valid { return (value, quality) }
        }
        return nil
    }

    /// Whether the bytes in `range` are `lowercase` (lowercase ASCII) once ASCII case is folded.
    func value(_ range: Range<Int>, is lowercase: StaticString) -> Bool {
        ASCIIBytes.equalFoldingCase(UnsafeBufferPointer(rebasing: bytes[range]), lowercase: lowercase)
    }

    /// Reads one parameter as `split(separator: "=", maxSplits: 1)` would: leading `=`s skipped, the
    /// name up to the next `=`, the argument everything after it.
    private func parameter(_ piece: Range<Int>) -> Parameter {
        let piece = trimmed(piece)
        var index = piece.lowerBound
        while index < piece.upperBound && bytes[index] == UInt8(ascii: "=") { index += 1 }
        let nameStart = index
        while index < piece.upperBound && bytes[index] != UInt8(ascii: "=") { index += 1 }
        let name = trimmed(nameStart..<index)
        guard name.count == 1, bytes[name.lowerBound] | 0x20 == UInt8(ascii: "q") else { return .other }
        let argument = index < piece.upperBound ? trimmed(index + 1..<piece.upperBound) : index..<index
        return Self.quality(of: bytes, in: argument).map(Parameter.quality) ?? .malformed
    }

    /// The qvalue in `range` of `bytes` in thousandths (`0`, `0.5`, `1.000`); nil when it is not one
    /// (RFC 9110 §12.4.2).
    static func quality(of bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        guard let lead = range.first.map({ bytes[$0] }), lead == UInt8(ascii: "0") || lead == UInt8(ascii: "1") else {
            return nil
        }
        var thousandths = Int(lead &- UInt8(ascii: "0")) * 1000
        if range.count == 1 { return thousandths }
        guard bytes[range.lowerBound + 1] == UInt8(ascii: "."), range.count <= 5 else { return nil }
        var scale = 100
        for index in range.lowerBound + 2..<range.upperBound {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            thousandths += Int(digit) * scale
            scale /= 10
        }
        return thousandths <= 1000 ? thousandths : nil
    }

    /// `range` without leading and trailing spaces and tabs.
    @inline(__always)
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        return lower..<upper
    }
}
