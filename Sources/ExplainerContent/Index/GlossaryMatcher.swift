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

    /// The occurrences in `text`, in order; offsets are into `text`.
    func occurrences(in text: String) -> [GlossaryOccurrence] {
        let tokens = WordToken.tokens(of: text)
        var result: [GlossaryOccurrence] = []
        var position = 0
        while position < tokens.count {
            guard let candidates = patternsByFirstWord[tokens[position].folded],
                let match = candidates.first(where: { matches($0, at: position, in: tokens, text: text) })
            else {
                position += 1
                continue
            }
            let first = tokens[position]
            let last = tokens[position + match.words.count - 1]
            result.append(
                GlossaryOccurrence(
                    slug: match.slug, text: String(text[first.start..<last.end]), utf8Offset: first.utf8Start,
                    utf8Length: last.utf8End - first.utf8Start, characterOffset: first.characterStart,
                    characterLength: last.characterEnd - first.characterStart))
            position += match.words.count
        }
        return result
    }

    private func matches(_ pattern: Pattern, at position: Int, in tokens: [WordToken], text: String) -> Bool {
        guard position + pattern.words.count <= tokens.count else { return false }
        for (offset, word) in pattern.words.enumerated() where tokens[position + offset].folded != word {
            return false
        }
        if pattern.words.count == 1 { return true }
        // The words agree; the separators between them must too ("self-harm" is not "self harm").
        let span = text[tokens[position].start..<tokens[position + pattern.words.count - 1].end]
        return span.lowercased() == pattern.folded
    }
}
