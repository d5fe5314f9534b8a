/// Character classes decided per Unicode scalar, with an ASCII fast path.
///
/// The loader classifies every scalar of the content several times; `Character.isLetter` and friends
/// go through grapheme breaking and Unicode property tables for each one, which made loading at
/// 1000× the explainer's size several times slower than these checks.
enum TextScalars {
    /// A letter, a digit, or a combining mark (so a decomposed "é" stays inside its word).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Unicode white space, with the ASCII cases answered without a table lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
