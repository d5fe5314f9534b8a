/// Finds glossary terms and aliases in text: whole words, case-insensitive, longest match first,
/// never overlapping.
///
/// Patterns are indexed by their first word, so matching costs one dictionary lookup per word of
/// text plus a check of the few patterns starting with that word: linear in the text, whatever the
/// size of the glossary. (Testing every term against every section would be quadratic at scale.)
struct GlossaryMatcher: Sendable {
    private struct Pattern: Sendable {
        let slug: String
        let folded: String
        let words: [String]
    }

    private let patternsByFirstWord: [String: [Pattern]]

    init(terms: [GlossaryTerm]) {
        var index: [String: [Pattern]] = [:]
        for term in terms {
            for spelling in [term.term] + term.aliases {
                let words = WordToken.tokens(of: spelling).map(\.folded)
                guard let first = words.first else { continue }
                index[first, default: []].append(Pattern(slug: term.slug, folded: spelling.lowercased(), words: words))
            }
        }
        // Longest first, so "non-suicidal self-injury" wins over "self-injury" at the same place.
        patternsByFirstWord = index.mapValues { patterns in
            patterns.sorted { ($0.words.count, $0.folded.utf8.count) > ($1.words.count, $1.folded.utf8.count) }
        }
    }

    /// The matches in `text`, in order, as UTF-8 offsets into `text`.
    func matches(in text: String) -> [GlossaryMatch] {
        let tokens = WordToken.tokens(of: text)
        var result: [GlossaryMatch] = []
        var position = 0
        while position < tokens.count {
            guard let candidates = patternsByFirstWord[tokens[position].folded],
                let match = candidates.first(where: { matches($0, at: position, in: tokens, text: text) })
            else {
                position += 1
                continue
            }
            let last = tokens[position + match.words.count - 1]
            result.append(GlossaryMatch(slug: match.slug, utf8Start: tokens[position].utf8Start, utf8End: last.utf8End))
            position += match.words.count
        }
        return result
    }

    /// The occurrences in `text`, in order, with UTF-8 and character offsets into `text`.
    func occurrences(in text: String) -> [GlossaryOccurrence] {
        Self.occurrences(matches(in: text), in: text)
    }

    /// Turns matches in `text` into occurrences, counting characters in one pass.
    static func occurrences(_ matches: [GlossaryMatch], in text: String, characterOffsets known: [Int: Int]? = nil) -> [GlossaryOccurrence]
    {
        let characters = known ?? CharacterOffsets.map(matches.flatMap { [$0.utf8Start, $0.utf8End] }, in: text)
        let utf8 = text.utf8
        return matches.map { match in
            let from = utf8.index(utf8.startIndex, offsetBy: match.utf8Start)
            let to = utf8.index(utf8.startIndex, offsetBy: match.utf8End)
            let start = characters[match.utf8Start] ?? 0
            return GlossaryOccurrence(
                slug: match.slug, text: String(Substring(utf8[from..<to])), utf8Offset: match.utf8Start,
                utf8Length: match.utf8End - match.utf8Start, characterOffset: start,
                characterLength: (characters[match.utf8End] ?? start) - start)
        }
    }

    private func matches(_ pattern: Pattern, at position: Int, in tokens: [WordToken], text: String) -> Bool {
        guard position + pattern.words.count <= tokens.count else { return false }
        for (offset, word) in pattern.words.enumerated() where tokens[position + offset].folded != word {
            return false
        }
        if pattern.words.count == 1 { return true }
        // The words agree; the separators between them must too ("self-harm" is not "self harm").
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: tokens[position].utf8Start)
        let to = utf8.index(utf8.startIndex, offsetBy: tokens[position + pattern.words.count - 1].utf8End)
        return String(Substring(utf8[from..<to])).lowercased() == pattern.folded
    }
}
