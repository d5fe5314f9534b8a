/// The rules' patterns compiled to word ids and indexed by the word they can start with, built
/// once, so a message only tries the patterns its words can begin, comparing integers.
struct CrisisRuleIndex: Sendable {
    /// Every word the patterns use, by id; a message's other words get no id (`-1`).
    let ids: [String: Int32]
    /// (rule index, pattern) pairs by the id of a word they can start with.
    let byFirstWord: [[(rule: Int, pattern: CrisisCompiledPattern)]]
    /// Patterns whose first slot may be a gap or the clause's end; tried at every word.
    let anywhere: [(rule: Int, pattern: CrisisCompiledPattern)]
    /// The ids of `CrisisPattern.gapStoppers`.
    let stoppers: [Int32]

    /// The index over `CrisisRules.all`.
    static let shared = CrisisRuleIndex(rules: CrisisRules.all)

    init(rules: [CrisisRule]) {
        var ids: [String: Int32] = [:]
        var entries: [(first: Set<String>?, rule: Int, pattern: CrisisCompiledPattern)] = []
        for (index, rule) in rules.enumerated() {
            for pattern in rule.patterns {
                entries.append((pattern.firstWords, index, CrisisCompiledPattern(pattern, ids: &ids)))
            }
        }
        var byFirst = [[(rule: Int, pattern: CrisisCompiledPattern)]](repeating: [], count: ids.count)
        var anywhere: [(rule: Int, pattern: CrisisCompiledPattern)] = []
        for entry in entries {
            if let first = entry.first {
                for word in first { if let id = ids[word] { byFirst[Int(id)].append((entry.rule, entry.pattern)) } }
            } else {
                anywhere.append((entry.rule, entry.pattern))
            }
        }
        self.ids = ids
        self.byFirstWord = byFirst
        self.anywhere = anywhere
        self.stoppers = CrisisPattern.gapStoppers.compactMap { ids[$0] }
    }

    /// Every match in the words: per starting word, at most one per rule (its first pattern that matches).
    func matches(in tokens: [CrisisToken]) -> [CrisisMatch] {
        let words = tokens.map { ids[$0.word] ?? -1 }
        var clauseEnds = [Int](repeating: tokens.count, count: tokens.count)
        var end = tokens.count
        for index in tokens.indices.reversed() {
            if index + 1 < tokens.count, tokens[index + 1].clause != tokens[index].clause { end = index + 1 }
            clauseEnds[index] = end
        }
        var found: [CrisisMatch] = []
        var seenAt = [Int](repeating: -1, count: CrisisRules.all.count)
        func attempt(_ candidate: (rule: Int, pattern: CrisisCompiledPattern), at start: Int) {
            guard seenAt[candidate.rule] != start,
                let stop = candidate.pattern.match(words, at: start, clauseEnd: clauseEnds[start], stoppers: stoppers), stop > start
            else { return }
            seenAt[candidate.rule] = start
            found.append(CrisisMatch(rule: candidate.rule, start: start, end: stop, clause: tokens[start].clause))
        }
        for start in words.indices {
            if words[start] >= 0 {
                for candidate in byFirstWord[Int(words[start])] { attempt(candidate, at: start) }
            }
            for candidate in anywhere { attempt(candidate, at: start) }
        }
        return found
    }
}
