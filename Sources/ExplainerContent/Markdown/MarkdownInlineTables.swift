/// Facts about every position of one paragraph's scalars, built in one pass each, that let
/// `MarkdownInlineParser` find a closer, a matching `]` or the next `)` in constant time.
///
/// They hold because the parser's forward scans are the same from wherever they start: an escape is a
/// backslash run of odd length (a scan always enters a run at its first backslash, since it starts just
/// after a marker), and a scan enters each run of markers at its first marker unless that one is escaped.
/// Positions are stored as `Int32` (a paragraph is far below 2³¹ scalars: files are capped at 16 MiB).
struct MarkdownInlineTables {
    /// `escaped[p]`: an odd run of backslashes ends just before `p`, so a scan skips `p`.
    private let escaped: [Bool]
    /// Where the run of equal `*` or `_` scalars holding `p` starts and ends (`p` itself elsewhere).
    private let runStarts: [Int32]
    private let runEnds: [Int32]
    /// The first `**`/`__` closer at or after `p` ([0] for `*`, [1] for `_`), or `Int32.max`.
    private let strongClosers: [[Int32]]
    /// The first single `*`/`_` closer at or after `p` in a run read from its start, or `Int32.max`.
    private let emphasisClosers: [[Int32]]
    /// The `]` matching the `[` at `p`, or -1.
    private let matchingBrackets: [Int32]
    /// The first `)` at or after `p`, or the scalar count.
    private let nextParentheses: [Int32]
    /// The first scalar at or after `p` that may not appear in a URL, or the scalar count.
    private let nextForbidden: [Int32]
    /// Where the run of spaces ending just before `p` starts (`p` when `p - 1` is not a space).
    private let spaceRunStarts: [Int32]

    init(_ characters: [Unicode.Scalar]) {
        let count = characters.count
        func isWhitespace(_ index: Int) -> Bool { index < 0 || index >= count || TextScalars.isWhitespace(characters[index]) }
        func isWord(_ index: Int) -> Bool { index >= 0 && index < count && TextScalars.isWordScalar(characters[index]) }

        var escaped = [Bool](repeating: false, count: count + 1)
        var runStarts = [Int32](repeating: 0, count: count)
        var matching = [Int32](repeating: -1, count: count)
        var spaceRunStarts = [Int32](repeating: 0, count: count + 1)
        var backslashes = 0
        var open: [Int32] = []
        for position in 0..<count {
            let scalar = characters[position]
            escaped[position] = backslashes % 2 == 1
            backslashes = scalar == "\\" ? backslashes + 1 : 0
            let sameAsBefore = position > 0 && characters[position - 1] == scalar && (scalar == "*" || scalar == "_")
            runStarts[position] = sameAsBefore ? runStarts[position - 1] : Int32(position)
            if !escaped[position] {
                if scalar == "[" {
                    open.append(Int32(position))
                } else if scalar == "]", let opener = open.popLast() {
                    matching[Int(opener)] = Int32(position)
                }
            }
            spaceRunStarts[position + 1] = scalar == " " ? spaceRunStarts[position] : Int32(position + 1)
        }
        escaped[count] = backslashes % 2 == 1

        let none = Int32.max
        var runEnds = [Int32](repeating: 0, count: count)
        var strong = [[Int32]](repeating: [Int32](repeating: none, count: count + 1), count: 2)
        var emphasis = [[Int32]](repeating: [Int32](repeating: none, count: count + 1), count: 2)
        var nextParentheses = [Int32](repeating: Int32(count), count: count + 1)
        var nextForbidden = [Int32](repeating: Int32(count), count: count + 1)
        var position = count - 1
        while position >= 0 {
            let scalar = characters[position]
            let sameAfter = position + 1 < count && characters[position + 1] == scalar && (scalar == "*" || scalar == "_")
            runEnds[position] = sameAfter ? runEnds[position + 1] : Int32(position + 1)
            for marker in 0..<2 {
                strong[marker][position] = strong[marker][position + 1]
                emphasis[marker][position] = emphasis[marker][position + 1]
            }
            if scalar == "*" || scalar == "_" {
                let marker = scalar == "*" ? 0 : 1
                if sameAfter, !escaped[position], !isWhitespace(position - 1), !(scalar == "_" && isWord(position + 2)) {
                    strong[marker][position] = Int32(position)
                }
                // A run's one possible closer is its last marker, when an odd number is left from where a
                // scan enters the run.
                let start = Int(runStarts[position])
                let end = Int(runEnds[position])
                let entry = escaped[start] ? start + 1 : start
                if position == end - 1, (end - entry) % 2 == 1, !isWhitespace(position - 1), !(scalar == "_" && isWord(end)) {
                    emphasis[marker][position] = Int32(position)
                }
            }
            nextParentheses[position] = scalar == ")" ? Int32(position) : nextParentheses[position + 1]
            nextForbidden[position] = HTTPURLCheck.isForbidden(scalar) ? Int32(position) : nextForbidden[position + 1]
            position -= 1
        }
        self.escaped = escaped
        self.runStarts = runStarts
        self.runEnds = runEnds
        self.strongClosers = strong
        self.emphasisClosers = emphasis
        self.matchingBrackets = matching
        self.nextParentheses = nextParentheses
        self.nextForbidden = nextForbidden
        self.spaceRunStarts = spaceRunStarts
    }

    /// Whether a forward scan skips `position` as escaped.
    func isEscaped(_ position: Int) -> Bool { escaped[position] }

    /// Where the run of equal markers holding `position` starts.
    func runStart(_ position: Int) -> Int { Int(runStarts[position]) }

    /// Where the run of equal markers holding `position` ends (one past its last marker).
    func runEnd(_ position: Int) -> Int { Int(runEnds[position]) }

    /// The first `**` or `__` closer (`marker` doubled) at or after `position`, or `Int.max`.
    func strongCloser(_ marker: Unicode.Scalar, from position: Int) -> Int {
        Self.lookUp(strongClosers[marker == "*" ? 0 : 1], position)
    }

    /// The first single `marker` closer at or after `position` whose run is read from its start, or `Int.max`.
    func emphasisCloser(_ marker: Unicode.Scalar, from position: Int) -> Int {
        Self.lookUp(emphasisClosers[marker == "*" ? 0 : 1], position)
    }

    /// The `]` matching the unescaped `[` at `position`, or `nil`.
    func matchingBracket(_ position: Int) -> Int? {
        let match = matchingBrackets[position]
        return match < 0 ? nil : Int(match)
    }

    /// The first `)` at or after `position`, or the scalar count.
    func nextParenthesis(from position: Int) -> Int { Int(nextParentheses[min(position, nextParentheses.count - 1)]) }

    /// The first scalar at or after `position` that may not appear in a URL, or the scalar count.
    func nextForbiddenInURL(from position: Int) -> Int { Int(nextForbidden[position]) }

    /// Where the run of spaces that ends just before `position` starts.
    func spaceRunStart(_ position: Int) -> Int { Int(spaceRunStarts[position]) }

    private static func lookUp(_ table: [Int32], _ position: Int) -> Int {
        guard position < table.count else { return Int.max }
        let found = table[position]
        return found == Int32.max ? Int.max : Int(found)
    }
}
