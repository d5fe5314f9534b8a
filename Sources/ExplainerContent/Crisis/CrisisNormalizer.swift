/// Turns a message into the words the rules read, whatever its case, spelling or punctuation.
///
/// Steps, in order: fold case and accents; drop apostrophes of every kind ("don’t" = "dont");
/// split into clauses at sentence punctuation, commas, semicolons, line breaks and the words "but",
/// "though", "although" and "however" (so negation and framing stay in their clause); mark words
/// between double quotation marks as quoted; turn every other non-letter, non-digit into a space;
/// squeeze each run of a repeated letter to one ("kiiill" = "kill" = "kil"); replace shorthand and
/// common misspellings by their canonical words ("wanna" = "want to", "kms" = "kill myself",
/// "unalive" = "kill"); and correct words one or two typing slips away from a word the rules care
/// about ("sucidal", "suicdal" = "suicidal"). Laughing emoji become the word "lol", which the rules
/// read as a sign of hyperbole. Rules are written in ordinary spelling and normalised the same way.
enum CrisisNormalizer {
    /// Words that end a clause and start the next one.
    static let clauseBreakWords: Set<String> = ["but", "though", "although", "however"]

    /// Normalises a message.
    static func text(_ message: Substring) -> CrisisText {
        if let joined = joiningSpacedLetters(message) { return normalised(joined[...]) }
        return normalised(message)
    }

    /// Normalises a message whose spaced letters were already joined.
    private static func normalised(_ message: Substring) -> CrisisText {
        var result = CrisisText(tokens: [], latinLetters: 0, otherLetters: 0, symbols: 0, accentedWords: 0)
        var current = String.UnicodeScalarView()
        var currentAccented = false
        var currentApostrophe = false
        var clause = 0
        var quoted = false
        var clauseHasWords = false

        func breakClause() {
            if clauseHasWords { clause += 1 }
            clauseHasWords = false
        }
        func finish() {
            guard !current.isEmpty else { return }
            let raw = String(current)
            current = String.UnicodeScalarView()
            if currentAccented { result.accentedWords += 1 }
            let apostrophe = currentApostrophe
            currentAccented = false
            currentApostrophe = false
            if clauseBreakWords.contains(raw) {
                breakClause()
                return
            }
            for word in canonicalWords(raw, apostrophe: apostrophe) {
                if let last = result.tokens.last, last.clause == clause, last.quoted == quoted,
                    let joined = CrisisVocabulary.joinedPairs[last.word + " " + word]
                {
                    result.tokens[result.tokens.count - 1].word = joined
                    continue
                }
                result.tokens.append(CrisisToken(word: word, clause: clause, quoted: quoted))
                clauseHasWords = true
            }
        }

        let scalars = Array(message.unicodeScalars)
        var singleQuoted = false
        for (position, scalar) in scalars.enumerated() {
            if scalar.value < 0x80 {
                // ASCII fast path: letters and digits without a Unicode property look-up.
                let value = scalar.value
                let upper = (0x41...0x5A).contains(value)
                if upper || (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    if upper || value >= 0x61 { result.latinLetters += 1 }
                    current.append(upper ? Unicode.Scalar(value + 0x20)! : scalar)
                    continue
                }
            }
            // A censoring star inside a word ("s*icide", "k*ll") stands for a letter: it stays in the
            // word, and the spelling correction reads the word the writer meant.
            if scalar == "*", !current.isEmpty, position + 1 < scalars.count, scalars[position + 1].properties.isAlphabetic {
                current.append("*")
                continue
            }
            let properties = scalar.properties
            if EnglishAnalyzer.isApostrophe(scalar) || scalar == "\u{00B4}" || scalar == "`" {
                // Inside a word it is an apostrophe; at a word's edge it opens or closes a quotation.
                let before = position > 0 && scalars[position - 1].properties.isAlphabetic
                let after = position + 1 < scalars.count && scalars[position + 1].properties.isAlphabetic
                if !before && after && !singleQuoted && !quoted {
                    finish()
                    singleQuoted = true
                    quoted = true
                } else if before && !after && singleQuoted {
                    finish()
                    singleQuoted = false
                    quoted = false
                } else if !current.isEmpty {
                    currentApostrophe = true
                }
                continue
            }
            if properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark {
                if properties.isAlphabetic {
                    if isLatin(scalar) { result.latinLetters += 1 } else { result.otherLetters += 1 }
                }
                if scalar.value < 0x80 {
                    let value = scalar.value
                    current.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                } else {
                    currentAccented = true
                    for folded in fold(scalar) { current.append(folded) }
                }
                continue
            }
            finish()
            switch scalar {
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
                quoted.toggle()
            case ".", "!", "?", ";", ":", ",", "\n", "\r", "\u{2026}", "\u{3002}", "\u{FF0C}", "\u{FF01}", "\u{FF1F}":
                breakClause()
            case "\u{1F602}", "\u{1F923}", "\u{1F480}", "\u{1F606}", "\u{1F605}":
                result.symbols += 1
                result.tokens.append(CrisisToken(word: "lol", clause: clause, quoted: quoted))
            default:
                if properties.isEmojiPresentation || properties.generalCategory == .otherSymbol { result.symbols += 1 }
            }
        }
        finish()
        return result
    }

    /// The message with words typed one letter at a time joined and split into words ("I W A N T T O
    /// D I E" = "i want to die"): four or more
    /// single letters in a row, each alone between single spaces. `nil` when there are none.
    /// Each run is split into words at once, whether or not it holds a word the rules read.
    static func joiningSpacedLetters(_ message: Substring) -> String? {
        guard hasSpacedLetters(message.utf8) else { return nil }
        let scalars = Array(message.unicodeScalars)
        func isLetter(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index].properties.isAlphabetic }
        var drop = [Bool](repeating: false, count: scalars.count)
        var found = false
        var index = 0
        while index < scalars.count {
            guard isLetter(index), !isLetter(index - 1), !isLetter(index + 1) else {
                index += 1
                continue
            }
            var end = index
            while end + 2 < scalars.count, scalars[end + 1] == " ", isLetter(end + 2), !isLetter(end + 3) { end += 2 }
            if (end - index) / 2 + 1 >= 4 {
                for space in stride(from: index + 1, to: end, by: 2) { drop[space] = true }
                found = true
            }
            index = end + 1
        }
        guard found else { return nil }
        // Each joined run is split into words here, whether or not it holds a word the rules read.
        var result = ""
        var run = String.UnicodeScalarView()
        for (position, scalar) in scalars.enumerated() {
            let inRun = drop[position] || (position + 1 < scalars.count && drop[position + 1]) || (position > 0 && drop[position - 1])
            if inRun {
                if !drop[position] { run.append(contentsOf: String(scalar).lowercased().unicodeScalars) }
                continue
            }
            if !run.isEmpty {
                let joined = String(run)
                result += segmented(joined)?.joined(separator: " ") ?? joined
                run = String.UnicodeScalarView()
            }
            result.unicodeScalars.append(scalar)
        }
        if !run.isEmpty { result += segmented(String(run))?.joined(separator: " ") ?? String(run) }
        return result
    }

    /// A byte scan for four one-letter words in a row between single spaces, so that messages
    /// without them (nearly all) skip the scalar-by-scalar work of `joiningSpacedLetters`. Bytes
    /// outside ASCII count as letters; the slow path makes the exact test.
    static func hasSpacedLetters(_ bytes: Substring.UTF8View) -> Bool {
        var run = 0
        var length = 0
        var separators = 0
        var lastSeparator: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                if length == 0 && run > 0 && !(separators == 1 && lastSeparator == 0x20) { run = 0 }
                length += 1
                separators = 0
            } else {
                if length > 0 {
                    run = length == 1 ? run + 1 : 0
                    if run >= 4 { return true }
                    length = 0
                }
                separators += 1
                lastSeparator = byte
            }
        }
        return (length == 1 ? run + 1 : run) >= 4
    }

    /// The normal form of a rule's phrase: its words, squeezed and canonicalised like a message's.
    static func words(_ phrase: String) -> [String] {
        text(phrase[...]).tokens.map(\.word)
    }

    /// Whether a letter belongs to the Latin script (ASCII, Latin-1, Latin Extended A/B and Additional).
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x250 || (0x1E00...0x1EFF).contains(value) || (0xFF21...0xFF5A).contains(value)
    }

    /// A non-ASCII letter lower-cased, accents removed (it may fold to none, as a combining mark does).
    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        return Array(EnglishAnalyzer.fold(String(scalar)).unicodeScalars)
    }

    /// A raw word's canonical word or words: shorthand expanded, misspellings corrected, words run
    /// together split ("wanttodie"), letters squeezed.
    ///
    /// Short shorthand only counts as written: "odd" squeezes to "od", the shorthand for an
    /// overdose, but only "OD" or "OD'd" (with its apostrophe) means one; "shh" is not "sh".
    private static func canonicalWords(_ raw: String, apostrophe: Bool) -> [String] {
        let squeezed = squeeze(raw)
        if squeezed == "od" && raw != "od" && !apostrophe { return ["odd"] }
        if squeezed == "sh" && raw != "sh" { return [squeezed] }
        if apostrophe, let expanded = CrisisVocabulary.apostropheOnly[squeezed] { return expanded }
        if let canonical = CrisisVocabulary.canonical[squeezed] { return canonical }
        guard squeezed.utf8.count >= 5, !CrisisVocabulary.isKnown(squeezed) else { return [squeezed] }
        if let corrected = CrisisVocabulary.correction(for: squeezed) { return CrisisVocabulary.canonical[corrected] ?? [corrected] }
        if CrisisVocabulary.containsAnchor(squeezed), let pieces = segmented(raw),
            pieces.contains(where: CrisisVocabulary.segmentationAnchors.contains)
        {
            return pieces.flatMap { CrisisVocabulary.canonical[$0] ?? [$0] }
        }
        return [squeezed]
    }

    /// A word typed without spaces split into known words ("iwanttokillmyself"), fewest pieces
    /// first; `nil` unless it splits into two or more. Pieces of one letter are only "i" and "a".
    /// The split is used only when a piece is a word the rules read (`segmentationAnchors`), so
    /// "facebook" stays one word rather than "face book".
    static func segmented(_ raw: String) -> [String]? {
        let letters = Array(raw.unicodeScalars)
        guard letters.count >= 6, letters.count <= 40 else { return nil }
        var best = [Int?](repeating: nil, count: letters.count + 1)
        var cut = [Int](repeating: 0, count: letters.count + 1)
        best[0] = 0
        for end in 1...letters.count {
            for start in max(0, end - 12)..<end {
                guard let before = best[start] else { continue }
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: letters[start..<end])
                let word = squeeze(String(piece))
                let allowed =
                    end - start > 1
                    ? CrisisVocabulary.common.contains(word) || CrisisVocabulary.canonical[word] != nil : (word == "i" || word == "a")
                if allowed, best[end].map({ before + 1 < $0 }) ?? true {
                    best[end] = before + 1
                    cut[end] = start
                }
            }
        }
        guard let count = best[letters.count], count >= 2 else { return nil }
        var pieces: [String] = []
        var end = letters.count
        while end > 0 {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: letters[cut[end]..<end])
            pieces.append(squeeze(String(piece)))
            end = cut[end]
        }
        return pieces.reversed()
    }

    /// Reduces every run of one repeated letter to a single letter (digits are kept as written).
    static func squeeze(_ word: String) -> String {
        // Most words repeat no letter: an ASCII byte scan returns them as they are, without a copy.
        var previous: UInt8 = 0
        var repeats = false
        for byte in word.utf8 {
            if byte >= 0x80 || (byte == previous && byte >= 0x61 && byte <= 0x7A) {
                repeats = true
                break
            }
            previous = byte
        }
        guard repeats else { return word }
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars
        where scalar != result.last || !(scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isAlphabetic) {
            result.append(scalar)
        }
        return String(result)
    }
}
