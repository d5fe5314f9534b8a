/// Finds synonym phrases (glossary terms and their aliases) in analysed text and names their concept.
///
/// Each group of synonyms ("NSSI", "non-suicidal self-injury", "self-injury") becomes one concept. The
/// index adds a concept token wherever any of its phrases occurs, and a query phrase that is a synonym
/// searches that concept token, so "self-injury" finds passages that say "NSSI" and the other way round,
/// with BM25 statistics for the concept as a whole. Groups that share a phrase are merged, since a
/// phrase cannot stand for two concepts at once. Matching is on stems at the same relative positions,
/// so "self harm", "self-harm" and "Self-Harm" are one phrase.
struct SynonymMatcher: Sendable {
    /// One synonym phrase: its stems and their positions relative to the first.
    struct Pattern: Sendable {
        var terms: [String]
        var offsets: [Int]
        var concept: Int
    }

    /// A synonym phrase found in a token list: the concept and the token indices it spans.
    struct Match: Sendable {
        var concept: Int
        var first: Int
        var last: Int
    }

    /// Patterns by their first stem, longest first so the longest phrase wins at a position.
    private let patternsByFirstTerm: [String: [Pattern]]
    /// How many concepts there are.
    let conceptCount: Int

    /// The indexed term standing for a concept; the leading U+0001 keeps it apart from any word.
    static func conceptTerm(_ concept: Int) -> String { "\u{1}syn:\(concept)" }

    /// Analyses every phrase of every group and merges groups that share a phrase.
    init(groups: [[String]], analyzer: EnglishAnalyzer, cache: inout [String: String]) {
        var parent = Array(groups.indices)
        func root(_ group: Int) -> Int {
            var group = group
            while parent[group] != group { group = parent[group] }
            return group
        }
        var groupByKey: [[String]: Int] = [:]
        var patterns: [(key: [String], pattern: Pattern, group: Int)] = []
        for (group, phrases) in groups.enumerated() {
            for phrase in phrases {
                let tokens = analyzer.tokens(in: phrase, cache: &cache)
                guard let first = tokens.first else { continue }
                let terms = tokens.map(\.term)
                let offsets = tokens.map { $0.position - first.position }
                let key = zip(terms, offsets).map { "\($0)@\($1)" }
                if let other = groupByKey[key] {
                    parent[root(other)] = root(group)
                } else {
                    groupByKey[key] = group
                    patterns.append((key, Pattern(terms: terms, offsets: offsets, concept: 0), group))
                }
            }
        }
        // A concept needs two distinct phrases to be a synonym of anything.
        var phraseCount: [Int: Int] = [:]
        for entry in patterns { phraseCount[root(entry.group), default: 0] += 1 }
        var conceptByRoot: [Int: Int] = [:]
        var byFirst: [String: [Pattern]] = [:]
        for entry in patterns where phraseCount[root(entry.group), default: 0] > 1 {
            let groupRoot = root(entry.group)
            let concept = conceptByRoot[groupRoot] ?? conceptByRoot.count
            conceptByRoot[groupRoot] = concept
            var pattern = entry.pattern
            pattern.concept = concept
            byFirst[pattern.terms[0], default: []].append(pattern)
        }
        patternsByFirstTerm = byFirst.mapValues { $0.sorted { $0.terms.count > $1.terms.count } }
        conceptCount = conceptByRoot.count
    }

    /// The synonym phrases in a token list, left to right; a longer phrase hides those inside it.
    func matches(in tokens: [AnalyzedToken]) -> [Match] {
        guard !patternsByFirstTerm.isEmpty else { return [] }
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            if let last = longestMatch(at: index, in: tokens) {
                result.append(last)
                index = last.last + 1
            } else {
                index += 1
            }
        }
        return result
    }

    /// The longest pattern starting at `index`, if any.
    private func longestMatch(at index: Int, in tokens: [AnalyzedToken]) -> Match? {
        guard let candidates = patternsByFirstTerm[tokens[index].term] else { return nil }
        let origin = tokens[index].position
        for pattern in candidates where index + pattern.terms.count <= tokens.count {
            var matched = true
            for step in 1..<pattern.terms.count {
                let token = tokens[index + step]
                if token.term != pattern.terms[step] || token.position - origin != pattern.offsets[step] {
                    matched = false
                    break
                }
            }
            if matched { return Match(concept: pattern.concept, first: index, last: index + pattern.terms.count - 1) }
        }
        return nil
    }
}
