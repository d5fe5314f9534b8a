/// The rules' patterns by the word they can start with, built once, so a message only tries the
/// patterns its words can begin.
struct CrisisRuleIndex: Sendable {
    /// (rule index, pattern) pairs by first word.
    let byFirstWord: [String: [(rule: Int, pattern: CrisisPattern)]]
    /// Patterns whose first slot may be skipped; tried at every word.
    let anywhere: [(rule: Int, pattern: CrisisPattern)]

    /// The index over `CrisisRules.all`.
    static let shared = CrisisRuleIndex(rules: CrisisRules.all)

    init(rules: [CrisisRule]) {
        var byFirst: [String: [(rule: Int, pattern: CrisisPattern)]] = [:]
        var anywhere: [(rule: Int, pattern: CrisisPattern)] = []
        for (index, rule) in rules.enumerated() {
            for pattern in rule.patterns {
                if let first = pattern.firstWords {
                    for word in first { byFirst[word, default: []].append((index, pattern)) }
                } else {
                    anywhere.append((index, pattern))
                }
            }
        }
        self.byFirstWord = byFirst
        self.anywhere = anywhere
    }

    /// Every match in the words: per starting word, at most one per rule (its first pattern that matches).
    func matches(in tokens: [CrisisToken]) -> [CrisisMatch] {
        let words = tokens.map(\.word)
        var clauseEnds = [Int](repeating: tokens.count, count: tokens.count)
        var end = tokens.count
        for index in tokens.indices.reversed() {
            if index + 1 < tokens.count, tokens[index + 1].clause != tokens[index].clause { end = index + 1 }
            clauseEnds[index] = end
        }
        var found: [CrisisMatch] = []
        var seenAt = [Int](repeating: -1, count: CrisisRules.all.count)
        func attempt(_ candidate: (rule: Int, pattern: CrisisPattern), at start: Int) {
            guard seenAt[candidate.rule] != start,
                let stop = candidate.pattern.match(words, at: start, clauseEnd: clauseEnds[start]), stop > start
            else { return }
            seenAt[candidate.rule] = start
            found.append(CrisisMatch(rule: candidate.rule, start: start, end: stop, clause: tokens[start].clause))
        }
        for start in words.indices {
            if let candidates = byFirstWord[words[start]] {
                for candidate in candidates { attempt(candidate, at: start) }
            }
            for candidate in anywhere { attempt(candidate, at: start) }
        }
        return found
    }
}
