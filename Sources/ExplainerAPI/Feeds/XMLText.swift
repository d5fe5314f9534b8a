/// Escaping for text placed in XML (the Atom feed): element content and attribute values alike.
package enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and the characters XML 1.0 cannot carry at
    /// all (C0 controls but tab, newline and return; U+FFFE and U+FFFF) left out, so no content byte
    /// can make the feed ill-formed.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
