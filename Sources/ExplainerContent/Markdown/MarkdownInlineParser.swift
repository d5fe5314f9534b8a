/// Parses inline Markdown: `*em*`, `_em_`, `**strong**`, `__strong__`, `[text](http(s)://…)` and
/// backslash escapes. Everything else, including any HTML, is literal text.
///
/// A marker becomes markup only when a matching closer exists in the same run of text; an
/// unbalanced marker stays as the literal character, so no input is ever dropped. Underscores inside
/// a word (`snake_case`) are literal, as in CommonMark.
///
/// It works on Unicode scalars, not `Character`s: every marker is ASCII, and scalars spare the
/// grapheme breaking that dominated load time at scale.
struct MarkdownInlineParser {
    private let characters: [Unicode.Scalar]
    /// The text's UTF-8 bytes and, per scalar, where it starts in them (plus the end), so literal runs
    /// are copied as byte slices rather than appended scalar by scalar.
    private let bytes: [UInt8]
    private let byteOffsets: [Int]

    private init(_ text: String) {
        characters = Array(text.unicodeScalars)
        bytes = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(characters.count + 1)
        var offset = 0
        for scalar in characters {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        byteOffsets = offsets
    }

    /// The text of scalars `range` as a String.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]], as: UTF8.self)
    }

    /// The inlines of `text`.
    static func parse(_ text: String) -> [MarkdownInline] {
        let parser = MarkdownInlineParser(text)
        return parser.parse(0..<parser.characters.count, allowLinks: true)
    }

    private func parse(_ range: Range<Int>, allowLinks: Bool) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        // Literal text accumulates as a run of source scalars; an escape ends the run and starts a new one
        // at the escaped character. Adjacent runs are merged into one text node.
        var literal = ""
        var runStart = range.lowerBound
        func flush(upTo end: Int) {
            if runStart < end { literal += text(runStart..<end) }
            if !literal.isEmpty {
                result.append(.text(literal))
                literal = ""
            }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, isEscapable(characters[index + 1]) {
                if runStart < index { literal += text(runStart..<index) }
                runStart = index + 1
                index += 2
                continue
            }
            if character == "*" || character == "_" {
                if let close = strongCloser(at: index, in: range) {
                    flush(upTo: index)
                    result.append(.strong(parse(index + 2..<close, allowLinks: allowLinks)))
                    index = close + 2
                    runStart = index
                    continue
                }
                if let close = emphasisCloser(at: index, in: range) {
                    flush(upTo: index)
                    result.append(.emphasis(parse(index + 1..<close, allowLinks: allowLinks)))
                    index = close + 1
                    runStart = index
                    continue
                }
                // An unmatched run of markers stays literal as a whole, so `**x` is not re-read as `*` + `*x`.
                while index < range.upperBound && characters[index] == character { index += 1 }
                continue
            }
            if character == "[", allowLinks, let link = link(at: index, in: range) {
                flush(upTo: index)
                result.append(.link(href: link.href, children: parse(index + 1..<link.textEnd, allowLinks: false)))
                index = link.end
                runStart = index
                continue
            }
            index += 1
        }
        flush(upTo: range.upperBound)
        return result
    }

    /// CommonMark's escapable characters: ASCII punctuation.
    private func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    private func isWordCharacter(_ index: Int) -> Bool {
        index >= 0 && index < characters.count && TextScalars.isWordScalar(characters[index])
    }

    private func isWhitespace(_ index: Int) -> Bool {
        index < 0 || index >= characters.count || TextScalars.isWhitespace(characters[index])
    }

    /// Where a `**`/`__` opened at `index` closes, or `nil`.
    private func strongCloser(at index: Int, in range: Range<Int>) -> Int? {
        let marker = characters[index]
        guard index + 2 < range.upperBound, characters[index + 1] == marker, !isWhitespace(index + 2) else { return nil }
        if marker == "_" && isWordCharacter(index - 1) { return nil }
        var probe = index + 2
        while probe + 1 < range.upperBound {
            if characters[probe] == "\\" {
                probe += 2
                continue
            }
            if characters[probe] == marker, characters[probe + 1] == marker, probe > index + 2, !isWhitespace(probe - 1) {
                if marker == "_" && isWordCharacter(probe + 2) {
                    probe += 2
                    continue
                }
                return probe
            }
            probe += 1
        }
        return nil
    }

    /// Where a single `*`/`_` opened at `index` closes, or `nil`; doubled markers inside are skipped as pairs.
    private func emphasisCloser(at index: Int, in range: Range<Int>) -> Int? {
        let marker = characters[index]
        guard index + 1 < range.upperBound, !isWhitespace(index + 1) else { return nil }
        if marker == "_" && isWordCharacter(index - 1) { return nil }
        var probe = index + 1
        while probe < range.upperBound {
            if characters[probe] == "\\" {
                probe += 2
                continue
            }
            if characters[probe] == marker {
                if probe + 1 < range.upperBound && characters[probe + 1] == marker {
                    probe += 2
                    continue
                }
                if probe > index + 1, !isWhitespace(probe - 1), !(marker == "_" && isWordCharacter(probe + 1)) {
                    return probe
                }
            }
            probe += 1
        }
        return nil
    }

    /// A `[text](url)` starting at `index` whose url is a safe http(s) URL, or `nil`.
    private func link(at index: Int, in range: Range<Int>) -> (textEnd: Int, href: String, end: Int)? {
        var depth = 0
        var probe = index
        var textEnd: Int?
        while probe < range.upperBound {
            switch characters[probe] {
            case "\\": probe += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { textEnd = probe }
            default: break
            }
            if textEnd != nil { break }
            probe += 1
        }
        guard let textEnd, textEnd + 1 < range.upperBound, characters[textEnd + 1] == "(" else { return nil }
        guard let close = characters[(textEnd + 2)..<range.upperBound].firstIndex(of: ")") else { return nil }
        var from = textEnd + 2
        var to = close
        while from < to && characters[from] == " " { from += 1 }
        while to > from && characters[to - 1] == " " { to -= 1 }
        let hrefText = text(from..<to)
        guard HTTPURLCheck.isWellFormed(hrefText) else { return nil }
        return (textEnd, hrefText, close + 1)
    }
}
