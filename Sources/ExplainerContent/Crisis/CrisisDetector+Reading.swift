extension CrisisDetector {
    /// Words that negate what follows them in a clause.
    static let negators: Set<String> = ["not", "never", "no", "non"]
    /// Verbs a negation belongs to rather than to what follows ("she did not know it was goodbye").
    static let knowingWords: Set<String> = Set(
        ["know", "knew", "realise", "realize", "notice", "noticed", "understand", "reason"].map(CrisisNormalizer.squeeze))
    /// Words that may follow "suicide", "suicidal" or "self harm" when it is the writer's state or act;
    /// any other word after it makes it a noun's modifier ("suicide doors", "self-harm content").
    static let compoundAllowed: Set<String> = Set(
        """
        a an the and or but again lately every all now today tonight so too much more because since with in on at to for of
        without after before when if about as by from over like than then there here these those even just who which
        is was am are be been thoughts thought feelings feeling urges urge attempt attempts plan plans note letter pact again
        right rn tn recently anymore still also really constantly daily sometimes often right myself me i it this that
        ngl tbh lol fr honestly lowkey highkey af asf ig imo literally tho atm okay
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })
    /// Words after which "someone" is anyone at all, not a particular person ("if someone", "help someone who").
    static let genericSomeoneBefore: Set<String> = Set(
        [
            "if", "that", "when", "whether", "help", "helping", "support", "a", "supporting", "does", "do", "mean", "means", "sign",
            "signs", "to", "tell", "ask", "asking", "telling",
        ].map(
            CrisisNormalizer.squeeze))
    /// Prepositions whose object is not a sentence's subject.
    static let prepositions: Set<String> = Set(
        ["to", "with", "for", "from", "at", "of", "by", "about", "on", "into"].map(CrisisNormalizer.squeeze))
    /// Possessive determiners.
    static let possessives: Set<String> = ["my", "his", "her", "their", "our", "your"]
    /// Words that relay what another person wrote ("she texted 'goodbye'").
    static let relayWords: Set<String> = Set(
        [
            "messaged", "texted", "posted", "post", "said", "say", "wrote", "sent", "emailed", "text", "message", "note", "saying", "like",
            "was", "tweeted", "story", "status", "told", "tell", "mentioned", "mention", "admitted", "disclosed", "wrote", "dm",
            "dmd", "snapchat", "snap", "caption", "bio", "searched", "search", "googled", "typed",
        ]
        .map(CrisisNormalizer.squeeze))
    /// Past forms that put an intent in the past ("wanted to", "tried to", "was suicidal").
    static let pastWords: Set<String> = Set(
        ["wanted", "tried", "felt", "was", "were", "had", "used", "thought"].map(CrisisNormalizer.squeeze))
    /// Words before "if" that make it "whether" ("tell if", "know if"), not a hypothetical.
    static let whetherWords: Set<String> = Set(
        ["tell", "know", "wonder", "see", "ask", "check", "sure", "unsure", "even"].map(CrisisNormalizer.squeeze))
    /// Hypothetical frames that govern the whole message wherever they stand.
    static let messageHypotheticals: Set<String> = ["hypothetically", "in theory", "suppose", "imagine", "in a story", "my character"]

    /// Reads one core match against the message's other matches.
    static func read(_ core: CrisisMatch, tokens: [CrisisToken], words: [String], frames: [CrisisMatch]) -> CrisisReading {
        let clauseStart = tokens.firstIndex { $0.clause == core.clause } ?? core.start
        var reading = CrisisReading(person: .implicit)
        // In distress and vague rules an object pronoun is usually someone else ("left them a card").
        let isWeak = core.definition.kind == .weak || core.definition.kind == .vague
        // A farewell speaks to "you" ("see you on the other side"); it is still the speaker's.
        let farewell = core.definition.id == "self.farewell"
        var subject: Int?
        let span = words[core.start..<core.end]
        // In distress "me" after a verb is usually an object ("she sent me a letter"), not the one in
        // distress; after a preposition it is the writer ("they will be fine without me").
        let writerAsObject = span.indices.contains { span[$0] == "me" && $0 > span.startIndex && prepositions.contains(span[$0 - 1]) }
        if writerAsObject || span.contains(where: { $0 == "i" || ($0 == "me" && !isWeak) || $0 == "my" || $0 == "myself" }) {
            reading.person = .first
        } else if let named = span.indices.lazy.filter({
            let word = span[$0]
            // In a farewell the people after "to", "for", "without" are the ones it is left for.
            let recipient = farewell && $0 > span.startIndex && (prepositions.contains(span[$0 - 1]) || span[$0 - 1] == "without")
            return (!isWeak || !["him", "them", "they"].contains(word)) && !((farewell || isWeak) && word == "you") && !recipient
        }).map({ span[$0] })
            .compactMap(CrisisPerson.pronoun).first
        {
            reading.person = named
        } else if let found = subjectBefore(core.start, from: clauseStart, words: words, reach: isWeak ? 14 : (farewell ? 12 : 8)) {
            reading.person = found.person
            subject = found.index
        }
        // "she didn't know it was goodbye": the goodbye was the writer's, in a sentence about the other.
        if farewell, span.contains(where: knowingWords.contains), span.contains(CrisisNormalizer.squeeze("goodbye")) {
            reading.person = .first
        }
        // "does anyone else feel like they …": the writer counts themself among them, whoever is named after.
        if reading.person != .first,
            (clauseStart..<core.start).contains(where: {
                $0 + 1 < core.start && ["anyone", "anybody"].contains(words[$0]) && words[$0 + 1] == "else"
            })
        {
            reading.person = .first
        }
        let windowStart = subject.map { $0 + 1 } ?? max(clauseStart, core.start - 3)
        let window = words[windowStart..<core.start]
        // A negation reaches the words only from after the last reporting verb ("she never met me
        // but says tonight is the night") and, with no subject named, only from just before them
        // ("can not breathe took too much": the "not" is breathing's).
        let relayed = window.indices.last { reportingWords.contains(words[$0]) }.map { $0 + 1 } ?? windowStart
        let negationStart = max(relayed, core.start - 5)
        reading.negated = (negationStart..<core.start).contains { index in
            negates(at: index, before: core.start, words: words, bridged: subject == nil)
        }
        if tokens[core.start..<core.end].contains(where: { $0.quoted }) {
            reading.quoted = true
            var open = core.start
            while open > 0 && tokens[open - 1].quoted { open -= 1 }
            let lead = words[max(0, open - 10)..<open]
            // "gave me a drawing that says 'remember me'": the writer is the one it was given to.
            let speaker = lead.indices.reversed().lazy.filter { !["me", "my"].contains(words[$0]) }.compactMap { index -> CrisisPerson? in
                let person = CrisisPerson.named(by: words[index])
                return person == .generic && particular(at: index, words: words) ? .third : person
            }.first
            if lead.contains(where: { relayWords.contains($0) }), speaker == .third {
                reading.quoted = false
                reading.person = .third
            }
        }
        // "my boss makes me want to die" is a figure; "the thought of tomorrow makes me want to end it" is not.
        let dyingWords = span.contains { ["die", "dead", "kil", "dying"].contains($0) }
        if dyingWords && core.start >= 2 && words[core.start - 1] == "me"
            && ["make", "makes", "made", "making"].contains(words[core.start - 2])
        {
            reading.hyperbole = true
        }
        if figurative(core, tokens: tokens, words: words) { reading.hyperbole = true }
        if mentioned(core, words: words) {
            // "my friend jokes about kms" is the friend's joke, and a worry; "is it bad to joke about kms" is a question.
            if subjectBefore(core.start, from: clauseStart, words: words)?.person == .third {
                reading.person = .third
            } else if reading.person != .third {
                reading.mention = true
            }
        }
        if let last = span.last, core.end < words.count, tokens[core.end].clause == core.clause {
            let next = words[core.end]
            if ["die", "dead", "dying", "death"].contains(last) && ["of", "laughing", "from", "if", "for", "than"].contains(next) {
                reading.hyperbole = true
            }
            if last == "die" && ["my", "his", "her", "their", "your"].contains(next) { reading.hyperbole = true }
            if core.definition.id == fallbackID && last == "dying" && ["on", "in", "at"].contains(next) { reading.hyperbole = true }
            if ["things", "it", "everything"].contains(last) && next == "with" { reading.hyperbole = true }
            if ["overdose", "overdosed"].contains(last) && next == "on", core.end + 1 < words.count,
                ![
                    "pills", "tablets", "meds", "medication", "medicine", "drugs", "painkillers", "something", "them", "it", "my", "her",
                    "his", "sleeping", "purpose",
                ]
                .contains(words[core.end + 1])
            {
                reading.hyperbole = true
            }
            // The risk reading's "dying", "dead": a noun's modifier ("dying light", "dead mouse"), or dye.
            if core.definition.id == riskReadingID && ["dying", "dead", "death"].contains(last) {
                if !compoundAllowed.contains(next) && next != "inside" { reading.compound = true }
                if last == "dying" && possessives.contains(next) { reading.hyperbole = true }
            }
            if ["suicide", "suicidal", "harm", "harming", "injury"].contains(last) && !compoundAllowed.contains(next) {
                reading.compound = true
            }
        }
        // "so bored i might actually die": boredom's figure, whichever rule read the dying.
        if dyingWords || span.last == "dying", (clauseStart..<core.start).contains(where: { ["bored", "boring"].contains(words[$0]) }) {
            reading.hyperbole = true
        }
        // The fallback's own figures: "so bored i could die", "i keep dying on this level" (above).
        if core.definition.id == fallbackID, span.last == "die", core.end - core.start >= 2, words[core.end - 2] == "could" {
            reading.hyperbole = true
        }
        // "i just wanted to say thank you", "wanted someone to know": a polite past, not a past intent.
        // "she said she was going to end it": a past tense of reported speech is still the speaker's now.
        let reportedPast = { (index: Int) in
            words[max(0, index - 2)..<index].contains(where: { ["said", "told", "texted", "wrote", "messaged"].contains($0) })
        }
        let pastInWindow =
            window.indices.contains { pastWords.contains(words[$0]) && !politePast(at: $0, words: words) && !reportedPast($0) }
            || (pastWords.contains(span.first ?? "") && !politePast(at: core.start, words: words))
        var recentInClause = false
        var pastFrame = false
        var recovered = false
        for frame in frames {
            let kind = frame.definition.kind
            var text: String { words[frame.start..<frame.end].joined(separator: " ") }
            switch kind {
            case .hypothetical:
                if messageHypotheticals.contains(text) { reading.hypothetical = true }
                let before = frame.start > 0 ? words[frame.start - 1] : ""
                let governs =
                    frame.clause == core.clause && frame.start < core.start
                    && (frame.start >= windowStart || (subject.map { frame.end >= $0 - 1 && frame.end <= $0 } ?? false))
                if governs && !whetherWords.contains(before) { reading.hypothetical = true }
                let genericAfter = frame.end < words.count && CrisisPerson.genericWords.contains(words[frame.end])
                if text == "if" && genericAfter && frame.clause == core.clause && frame.start < core.start { reading.hypothetical = true }
            case .past:
                if frame.definition.id == "frame.recovered" {
                    recovered = true
                } else if frame.clause == core.clause {
                    // "my husband died last year and i see no reason to …": the past is the other's sentence.
                    let restarted =
                        frame.end < core.start
                        && (frame.end..<core.start).contains { words[$0] == "and" && $0 + 1 < words.count && words[$0 + 1] == "i" }
                    if !restarted { pastFrame = true }
                }
            case .immediacy, .recency:
                // "as a teen, and now my daughter is 12": a time that starts another person's sentence is not the act's.
                let nextPerson = frame.end < words.count ? CrisisPerson.named(by: words[frame.end]) : nil
                let othersTime =
                    nextPerson == .third
                    || (frame.end + 1 < words.count && possessives.contains(words[frame.end])
                        && CrisisPerson.named(by: words[frame.end + 1]) == .third)
                // "three years ago today": an anniversary, not a recent act.
                let anniversary = frame.start > 0 && words[frame.start - 1] == "ago"
                if frame.clause == core.clause && !frame.overlaps(core) && !othersTime && !anniversary { recentInClause = true }
            case .question:
                if !frame.overlaps(core) { reading.question = true }
                if frame.definition.id == "frame.mention" && frame.start < core.start && frame.end >= core.end { reading.mention = true }
            case .document:
                reading.document = true
                if frame.start < core.start { reading.documentBefore = true }
            case .reported:
                if frame.clause == core.clause && frame.end <= core.start && core.start - frame.end <= 3 {
                    let fromDocument = frames.contains {
                        $0.definition.kind == .document && $0.clause == core.clause && $0.end <= frame.start
                    }
                    let song = ["sing", "sings", "sang", "lyrics", "the line", "singing"].contains(text)
                    reading.reportedSpeaker =
                        fromDocument || song ? .generic : subjectBefore(frame.start, from: clauseStart, words: words)?.person
                }
            default:
                break
            }
        }
        // Recovery ("a year clean") says a past act is over, not that a new intent is not meant.
        let kind = core.definition.kind
        reading.past =
            ((pastInWindow || pastFrame) && !recentInClause) || (recovered && (kind == .act || kind == .topic || !recentInClause))
        return reading
    }

    /// The nearest word before `position` in the clause that names a person, at most `reach` words back
    /// (further for distress, which often continues a sentence about someone: "she left a note and
    /// isn't answering").
    ///
    /// "me" counts only just before the words ("makes me want to die"); further back it is usually
    /// an object ("she sent me a message saying …"). "someone i love" is a particular person.
    static func subjectBefore(_ position: Int, from clauseStart: Int, words: [String], reach: Int = 8) -> (
        person: CrisisPerson, index: Int
    )? {
        var index = position - 1
        while index >= max(clauseStart, position - reach) {
            let word = words[index]
            if word == "me" && (position - index <= 2 || (index > 0 && requestWords.contains(words[index - 1]))) { return (.first, index) }
            if word == "someone" || word == "somebody" {
                let before = index > 0 ? words[index - 1] : ""
                let generic = genericSomeoneBefore.contains(before) || (index + 1 < words.count && words[index + 1] == "who")
                return (generic ? .generic : .third, index)
            }
            if let person = CrisisPerson.named(by: word) {
                // "to my neighbour", "with her": an object of a preposition is not the subject.
                let marker = index > 0 ? words[index - 1] : ""
                let beforeMarker = index > 1 ? words[index - 2] : ""
                let object = prepositions.contains(marker) || (possessives.contains(marker) && prepositions.contains(beforeMarker))
                if person == .generic && particular(at: index, words: words) { return (.third, index) }
                // "a friend who says …": any friend, as "someone who" is anyone.
                if person == .third && ["a", "an", "any"].contains(marker) && index + 1 < words.count && words[index + 1] == "who" {
                    return (.generic, index)
                }
                if !(object && person == .third) { return (person, index) }
            }
            index -= 1
        }
        return nil
    }
}
