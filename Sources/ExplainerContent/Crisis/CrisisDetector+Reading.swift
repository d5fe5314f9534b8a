extension CrisisDetector {
    /// Words that negate what follows them in a clause.
    static let negators: Set<String> = ["not", "never", "no", "non"]
    /// Past forms that put an intent in the past ("wanted to", "tried to", "was suicidal").
    static let pastWords: Set<String> = Set(["wanted", "tried", "felt", "was", "were", "had", "used", "thought"].map(CrisisNormalizer.squeeze))
    /// Words before "if" that make it "whether" ("tell if", "know if"), not a hypothetical.
    static let whetherWords: Set<String> = Set(["tell", "know", "wonder", "see", "ask", "check", "sure", "unsure", "even"].map(CrisisNormalizer.squeeze))
    /// Hypothetical frames that govern the whole message wherever they stand.
    static let messageHypotheticals: Set<String> = ["hypothetically", "in theory", "suppose", "imagine", "in a story", "my character"]

    /// Reads one core match against the message's other matches.
    static func read(_ core: CrisisMatch, tokens: [CrisisToken], frames: [CrisisMatch]) -> CrisisReading {
        let words = tokens.map(\.word)
        let clauseStart = tokens.firstIndex { $0.clause == core.clause } ?? core.start
        var reading = CrisisReading(person: .implicit)
        var subject: Int?
        let span = words[core.start..<core.end]
        if span.contains(where: { $0 == "i" || $0 == "me" || $0 == "my" || $0 == "myself" }) {
            reading.person = .first
        } else if let named = span.lazy.compactMap(CrisisPerson.named).first(where: { $0 == .third || $0 == .second }) {
            reading.person = named
        } else if let found = subjectBefore(core.start, from: clauseStart, words: words) {
            reading.person = found.person
            subject = found.index
        }
        let windowStart = subject.map { $0 + 1 } ?? max(clauseStart, core.start - 3)
        let window = words[windowStart..<core.start]
        reading.negated = window.contains { negators.contains($0) }
        reading.quoted = tokens[core.start..<core.end].contains { $0.quoted }
        if let last = span.last, core.end < words.count, tokens[core.end].clause == core.clause {
            let next = words[core.end]
            if ["die", "dead", "dying", "death"].contains(last) && ["of", "laughing", "from", "if", "when", "for"].contains(next) {
                reading.hyperbole = true
            }
            if last == "die" && ["my", "his", "her", "their", "your"].contains(next) { reading.hyperbole = true }
            if ["things", "it", "everything"].contains(last) && next == "with" { reading.hyperbole = true }
        }
        let pastInWindow = window.contains { pastWords.contains($0) } || pastWords.contains(span.first ?? "")
        var recentInClause = false
        var pastFrame = false
        for frame in frames {
            let kind = frame.definition.kind
            let text = words[frame.start..<frame.end].joined(separator: " ")
            switch kind {
            case .hypothetical:
                if messageHypotheticals.contains(text) { reading.hypothetical = true }
                let before = frame.start > 0 ? words[frame.start - 1] : ""
                let governs = frame.clause == core.clause && frame.start < core.start
                    && (frame.start >= windowStart || (subject.map { frame.end >= $0 - 1 && frame.end <= $0 } ?? false))
                if governs && !whetherWords.contains(before) { reading.hypothetical = true }
            case .past:
                if frame.clause == core.clause || frame.definition.id == "frame.recovered" { pastFrame = true }
            case .immediacy, .recency:
                if frame.clause == core.clause && !frame.overlaps(core) { recentInClause = true }
            case .question:
                if !frame.overlaps(core) { reading.question = true }
            case .document:
                reading.document = true
                if frame.start < core.start { reading.documentBefore = true }
            case .reported:
                if frame.clause == core.clause && frame.end <= core.start && core.start - frame.end <= 3 {
                    let fromDocument = frames.contains {
                        $0.definition.kind == .document && $0.clause == core.clause && $0.end <= frame.start
                    }
                    reading.reportedSpeaker = fromDocument ? .generic : subjectBefore(frame.start, from: clauseStart, words: words)?.person
                }
            default:
                break
            }
        }
        reading.past = (pastInWindow || pastFrame) && !recentInClause
        return reading
    }

    /// The nearest word before `position` in the clause that names a person, at most eight words back.
    ///
    /// "me" counts only just before the words ("makes me want to die"); further back it is usually
    /// an object ("she sent me a message saying …"). "someone i love" is a particular person.
    static func subjectBefore(_ position: Int, from clauseStart: Int, words: [String]) -> (person: CrisisPerson, index: Int)? {
        var index = position - 1
        while index >= max(clauseStart, position - 8) {
            let word = words[index]
            if word == "me" && position - index <= 2 { return (.first, index) }
            if word == "someone" || word == "somebody", index + 1 < words.count, words[index + 1] == "i" { return (.third, index) }
            if let person = CrisisPerson.named(by: word) { return (person, index) }
            index -= 1
        }
        return nil
    }
}
