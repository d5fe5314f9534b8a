/// A query compiled against one index: scoring clauses, required phrases, and the terms to mark.
///
/// Syntax: words are optional and ranked by BM25F (a document needs only one of them); text in double
/// quotes (straight or curly) is a phrase every hit must contain, word for word, in one field; a word
/// sequence that is a glossary term or alias also searches its synonyms; and the last word, when the
/// query does not end in a space or a quote, also matches every indexed word it begins (type-ahead).
struct QueryPlan {
    /// One scoring unit: a document's clause score is its best alternative's, times that alternative's
    /// weight, so a word and its completions or synonyms never count twice.
    struct Clause: Equatable {
        var alternatives: [Alternative]
    }

    /// A term that satisfies a clause, with its weight (1, or `prefixWeight` for completions).
    struct Alternative: Equatable {
        var term: Int32
        var weight: Float
    }

    /// A required phrase: terms and their positions relative to the first.
    struct Phrase {
        var terms: [Int32]
        var offsets: [Int]
    }

    var clauses: [Clause] = []
    var phrases: [Phrase] = []
    /// A phrase contains a word that occurs nowhere, so nothing can match.
    var isUnsatisfiable = false
    /// Every term whose occurrences a snippet marks.
    var markedTerms: Set<Int32> = []
    /// Words of the query, not stop words, that occur nowhere in the content (and complete nothing).
    /// BM25F cannot score them; clause coverage counts them as words no document matches, so a
    /// paraphrase whose one known word is common is not taken for a literal query.
    var unknownWords = 0

    /// Compiles `query` against `index`.
    init(query: String, index: SearchIndex) {
        let segments = Self.segments(of: query)
        for segment in segments where segment.quoted {
            addPhrase(segment.text, index: index)
        }
        let unquoted = segments.filter { !$0.quoted }
        for (number, segment) in unquoted.enumerated() {
            let isLast = number == unquoted.count - 1 && segments.last.map { !$0.quoted } == true
            addWords(segment.text, completeLastWord: isLast && Self.endsInWord(query), index: index)
        }
    }

    /// Splits a query into quoted and unquoted parts; an unclosed quote runs to the end.
    static func segments(of query: String) -> [(text: String, quoted: Bool)] {
        var result: [(String, Bool)] = []
        var current = ""
        var quoted = false
        for character in query {
            if character == "\"" || character == "\u{201C}" || character == "\u{201D}" || character == "\u{201E}" {
                if !current.isEmpty { result.append((current, quoted)) }
                current = ""
                quoted.toggle()
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((current, quoted)) }
        return result
    }

    /// Whether the query's last character belongs to a word (so the person may still be typing it).
    static func endsInWord(_ query: String) -> Bool {
        guard let last = query.unicodeScalars.last else { return false }
        return EnglishAnalyzer.isWordScalar(last)
    }

    /// Adds a required phrase; a one-word phrase is simply a required word.
    private mutating func addPhrase(_ text: String, index: SearchIndex) {
        let tokens = index.analyzer.tokens(in: text)
        guard let first = tokens.first else { return }
        var phrase = Phrase(terms: [], offsets: [])
        for token in tokens {
            guard let term = index.termID(token.term) else {
                isUnsatisfiable = true
                return
            }
            phrase.terms.append(term)
            phrase.offsets.append(token.position - first.position)
            markedTerms.insert(term)
        }
        phrases.append(phrase)
    }

    /// Adds optional word clauses, synonym concepts, and the last word's completions.
    private mutating func addWords(_ text: String, completeLastWord: Bool, index: SearchIndex) {
        let tokens = index.analyzer.tokens(in: text)
        var covered = Set<Int>()
        for match in index.synonyms.matches(in: tokens) {
            guard let concept = index.termID(SynonymMatcher.conceptTerm(match.concept)) else { continue }
            add(Clause(alternatives: [Alternative(term: concept, weight: 1)]))
            covered.formUnion(match.first...match.last)
        }
        var lastTokenClause: Int?
        var lastTokenUnknown = false
        for (number, token) in tokens.enumerated() where !covered.contains(number) {
            guard let term = index.termID(token.term) else {
                unknownWords += 1
                if number == tokens.count - 1 { lastTokenUnknown = true }
                continue
            }
            let slot = add(Clause(alternatives: [Alternative(term: term, weight: 1)]))
            if number == tokens.count - 1 { lastTokenClause = slot }
        }
        guard completeLastWord, let word = index.analyzer.words(in: text).last else { return }
        if let last = tokens.last, last.position == word.position, covered.contains(tokens.count - 1) { return }
        let completions = index.completions(of: word.folded)
        guard !completions.isEmpty else { return }
        // The word's own clause gains the completions; a stop word or unknown word gets a new clause.
        let ownSlot = tokens.last?.position == word.position ? lastTokenClause : nil
        // An unknown last word that begins indexed words is a word being typed, not an unknown one.
        if lastTokenUnknown, tokens.last?.position == word.position { unknownWords -= 1 }
        var clause = ownSlot.map { clauses[$0] } ?? Clause(alternatives: [])
        for term in completions where !clause.alternatives.contains(where: { $0.term == term }) {
            clause.alternatives.append(Alternative(term: term, weight: Float(index.parameters.prefixWeight)))
            markedTerms.insert(term)
        }
        if let ownSlot { clauses[ownSlot] = clause } else { add(clause) }
    }

    /// Appends a clause unless an identical one is there (a repeated word counts once); returns its slot.
    @discardableResult
    private mutating func add(_ clause: Clause) -> Int {
        for alternative in clause.alternatives { markedTerms.insert(alternative.term) }
        if let existing = clauses.firstIndex(of: clause) { return existing }
        clauses.append(clause)
        return clauses.count - 1
    }
}
