/// Parses inline Markdown: `*em*`, `_em_`, `**strong**`, `__strong__`, `[text](http(s)://…)` and
/// backslash escapes. Everything else, including any HTML, is literal text.
///
/// A marker becomes markup only when a matching closer exists in the same run of text; an
/// unbalanced marker stays as the literal character, so no input is ever dropped. Underscores inside
/// a word (`snake_case`) are literal, as in CommonMark.
///
/// It works on Unicode scalars, not `Character`s: every marker is ASCII, and scalars spare the
/// grapheme breaking that dominated load time at scale.
///
/// Work grows linearly with the text: where a marker closes, which `]` matches a `[`, and the next `)`
/// are looked up in tables built in one pass (`MarkdownInlineTables`) instead of scanned for at each
/// opener, which made 200,000 `[` or 50,000 `*a _` take seconds to tens of seconds.
struct MarkdownInlineParser {
    /// How deeply emphasis, strong and links may nest inside one another: 4 levels.
    ///
    /// Each level is one recursion here, in the writer and when the tree is freed. The rules below
    /// already keep chains short (a closer ends the first opener of its kind that can reach it, so
    /// each of `**`, `__`, `*`, `_` opens once per chain, and links do not nest), but no more than
    /// five deep: `[**__*_x_*__**](https://…)`. The explainer nests two at most; past four is refused
    /// (`MarkdownNestingError`) as a bound of its own rather than one that rests on that argument.
    static let maximumDepth = 4

    private let characters: [Unicode.Scalar]
    /// The text's UTF-8 bytes and, per scalar, where it starts in them (plus the end), so literal runs
    /// are copied as byte slices rather than appended scalar by scalar.
    private let bytes: [UInt8]
    private let byteOffsets: [Int]
    private let tables: MarkdownInlineTables
    /// The line of the text's first line, for errors.
    private let line: Int

    private init(_ text: String, line: Int) {
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
        tables = MarkdownInlineTables(characters)
        self.line = line
    }

    /// The text of scalars `range` as a String.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]], as: UTF8.self)
    }

    /// The inlines of `text`, whose first line is line `line` of the section (for errors).
    static func parse(_ text: String, line: Int = 1) throws(MarkdownNestingError) -> [MarkdownInline] {
        let parser = MarkdownInlineParser(text, line: line)
        return try parser.parse(0..<parser.characters.count, allowLinks: true, depth: 0)
    }

    private func parse(_ range: Range<Int>, allowLinks: Bool, depth: Int) throws(MarkdownNestingError) -> [MarkdownInline] {
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
        func nested(_ inner: Range<Int>, allowLinks: Bool) throws(MarkdownNestingError) -> [MarkdownInline] {
            guard depth < Self.maximumDepth else {
                throw MarkdownNestingError(
                    line: line, message: "emphasis, strong and links nested deeper than \(Self.maximumDepth) levels")
            }
            return try parse(inner, allowLinks: allowLinks, depth: depth + 1)
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
                    result.append(.strong(try nested(index + 2..<close, allowLinks: allowLinks)))
                    index = close + 2
                    runStart = index
                    continue
                }
                if let close = emphasisCloser(at: index, in: range) {
                    flush(upTo: index)
                    result.append(.emphasis(try nested(index + 1..<close, allowLinks: allowLinks)))
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
                result.append(.link(href: link.href, children: try nested(index + 1..<link.textEnd, allowLinks: false)))
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

    /// Where a `**`/`__` opened at `index` closes, or `nil`: the first closer after it (one not escaped,
    /// not after whitespace and, for `__`, not before a word character) that lies inside `range`.
    private func strongCloser(at index: Int, in range: Range<Int>) -> Int? {
        let marker = characters[index]
        guard index + 2 < range.upperBound, characters[index + 1] == marker, !isWhitespace(index + 2) else { return nil }
        if marker == "_" && isWordCharacter(index - 1) { return nil }
        let close = tables.strongCloser(marker, from: index + 3)
        return close < range.upperBound - 1 ? close : nil
    }

    /// Where a single `*`/`_` opened at `index` closes, or `nil`.
    ///
    /// Reading on from the opener, doubled markers are skipped as pairs, so a run of markers can close
    /// only with its last one, and only when an odd number of them is left. The opener's own run is
    /// read from just after the opener; a run cut by the end of `range` is read up to that end; every
    /// other run closes where the tables say.
    private func emphasisCloser(at index: Int, in range: Range<Int>) -> Int? {
        let marker = characters[index]
        guard index + 1 < range.upperBound, !isWhitespace(index + 1) else { return nil }
        if marker == "_" && isWordCharacter(index - 1) { return nil }
        let ownEnd = min(tables.runEnd(index), range.upperBound)
        if (ownEnd - (index + 1)) % 2 == 1 {
            let last = ownEnd - 1
            if last > index + 1, !(marker == "_" && isWordCharacter(last + 1)) { return last }
        }
        let next = tables.emphasisCloser(marker, from: ownEnd)
        if next < range.upperBound { return next }
        // The run that `range` cuts, if it is not the opener's own: its closer depends on where the cut is.
        let last = range.upperBound - 1
        guard last >= ownEnd, range.upperBound < characters.count, characters[last] == marker,
            characters[range.upperBound] == marker
        else { return nil }
        let start = tables.runStart(last)
        let entry = tables.isEscaped(start) ? start + 1 : start
        guard entry <= last, (range.upperBound - entry) % 2 == 1, !isWhitespace(last - 1) else { return nil }
        return last
    }

    /// A `[text](url)` starting at `index` whose url is a safe http(s) URL, or `nil`.
    private func link(at index: Int, in range: Range<Int>) -> (textEnd: Int, href: String, end: Int)? {
        guard let textEnd = tables.matchingBracket(index), textEnd + 1 < range.upperBound, characters[textEnd + 1] == "("
        else { return nil }
        let close = tables.nextParenthesis(from: textEnd + 2)
        guard close < range.upperBound else { return nil }
        var from = textEnd + 2
        while from < close && characters[from] == " " { from += 1 }
        let to = max(from, tables.spaceRunStart(close))
        guard tables.nextForbiddenInURL(from: from) >= to, HTTPURLCheck.hasSchemeAndHost(characters[from..<to]) else { return nil }
        return (textEnd, text(from..<to), close + 1)
    }
}
