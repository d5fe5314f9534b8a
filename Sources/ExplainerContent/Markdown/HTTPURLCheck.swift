/// Decides whether a string is a well-formed absolute http(s) URL: the only kind of link the
/// renderer produces and the only kind the content may cite.
enum HTTPURLCheck {
    /// True for `http://host[:port][/path…]` or `https://…` with a plausible host and no whitespace,
    /// control characters, quotes or angle brackets anywhere.
    static func isWellFormed(_ candidate: String) -> Bool {
        let lowered = candidate.lowercased()
        let rest: Substring
        if lowered.hasPrefix("https://") {
            rest = candidate.dropFirst(8)
        } else if lowered.hasPrefix("http://") {
            rest = candidate.dropFirst(7)
        } else {
            return false
        }
        for scalar in candidate.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F { return false }
            if "\"'<>`\\{}|^".unicodeScalars.contains(scalar) { return false }
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host: Substring
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return false
            }
            host = authority[..<colon]
        } else {
            host = authority
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, !labels.contains(where: \.isEmpty) else { return false }
        return labels.allSatisfy { label in
            label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { scalar in
                    scalar == "-" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                }
        }
    }
}
