/// Decides whether a string is a well-formed absolute http(s) URL: the only kind of link the
/// renderer produces and the only kind the content may cite.
enum HTTPURLCheck {
    /// True for `http://host[:port][/path…]` or `https://…` with a plausible host and no whitespace,
    /// control characters, quotes or angle brackets anywhere.
    static func isWellFormed(_ candidate: String) -> Bool {
        let scalars = Array(candidate.unicodeScalars)
        return !scalars.contains(where: isForbidden) && hasSchemeAndHost(scalars[...])
    }

    /// Whether `scalar` may not appear anywhere in a URL: whitespace, a control character, a quote, an
    /// angle bracket or one of ``\{}|^`.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{0}"..."\u{20}", "\u{7F}", "\"", "'", "<", ">", "`", "\\", "{", "}", "|", "^": return true
        default: return false
        }
    }

    /// Whether `scalars` start with `http://` or `https://` (any case) and a plausible host and port.
    ///
    /// Reads only the scheme and the authority, so the Markdown parser can try many candidate links
    /// in linear time; the caller checks the rest for forbidden scalars (`isForbidden`).
    static func hasSchemeAndHost(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let rest: ArraySlice<Unicode.Scalar>
        if hasPrefix(scalars, "https://") {
            rest = scalars.dropFirst(8)
        } else if hasPrefix(scalars, "http://") {
            rest = scalars.dropFirst(7)
        } else {
            return false
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // A delimiter that a combining mark joins is not a delimiter but part of a non-ASCII host.
        if authority.endIndex + 1 < rest.endIndex,
            String(String.UnicodeScalarView([rest[authority.endIndex], rest[authority.endIndex + 1]])).count == 1
        {
            return false
        }
        let host: ArraySlice<Unicode.Scalar>
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[(colon + 1)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            host = authority[..<colon]
        } else {
            host = authority
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, !labels.contains(where: \.isEmpty) else { return false }
        return labels.allSatisfy { label in
            label.first != "-" && label.last != "-"
                && label.allSatisfy { scalar in
                    scalar == "-" || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                }
        }
    }

    /// Whether `scalars` start with `prefix`, ASCII letters compared without case.
    private static func hasPrefix(_ scalars: ArraySlice<Unicode.Scalar>, _ prefix: StaticString) -> Bool {
        let expected = prefix.withUTF8Buffer { Array($0) }
        guard scalars.count >= expected.count else { return false }
        for (scalar, byte) in zip(scalars, expected) {
            let value = scalar.value
            let lowered = (0x41...0x5A).contains(value) ? value + 0x20 : value
            if lowered != UInt32(byte) { return false }
        }
        return true
    }
}
