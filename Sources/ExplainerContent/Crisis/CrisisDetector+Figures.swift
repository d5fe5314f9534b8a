extension CrisisDetector {
    /// Words that report what someone else said; a negation before them is not in the words reported.
    static let reportingWords: Set<String> = Set(
        ["say", "said", "told", "tell", "texted", "posted", "wrote", "messaged", "mentioned", "admitted", "asked", "sent"].map(
            CrisisNormalizer.squeeze))
    /// Words before "me" that make the writer the subject of what follows ("help me write a goodbye letter").
    static let requestWords: Set<String> = ["help", "let", "helping"]
    /// Nouns after "die" that make it "dye": cloth, hair and colours.
    static let dyedThings: Set<String> = Set(
        """
        fabric cloth clothes shirt shirts jeans cotton wool yarn hair eggs easter leather wood black red blue green pink purple
        white yellow orange brown grey gray blonde silver tie
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })
    /// What one may be "living in" that is a state, not a place ("in this pain", "in this world").
    static let livedStates: Set<String> = Set(
        """
        pain fear misery hell agony constant world body darkness silence torment shame state like survival despair grief
        dread sadness loneliness
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })
    /// Words after "attempted" that give it an object ("attempted the exam"), so it is not a suicide attempt.
    static let attemptObjects: Set<String> = Set(
        ["the", "to", "an", "a", "this", "that", "my", "his", "her", "their", "our", "it", "some", "one", "every"].map(
            CrisisNormalizer.squeeze))
    /// Words that may stand between a negation and the words it negates when no subject is named
    /// ("do not even want to"); any other word ends its reach ("can not breathe took too much").
    static let negationBridges: Set<String> = Set(
        ["really", "even", "ever", "just", "actually", "truly", "exactly", "so", "quite", "at", "all", "want", "to", "think", "mean"].map(
            CrisisNormalizer.squeeze))
    /// Words that take a laugh back: "not even joking".
    static let jokeDenials: Set<String> = Set(["joking", "kidding", "srsly", "seriously"].map(CrisisNormalizer.squeeze))
    /// Words of wishing and wanting: a laugh after them masks the wish rather than unsaying it.
    static let wishWords: Set<String> = Set(["want", "wish", "need", "pray", "hope"].map(CrisisNormalizer.squeeze))
    /// Words just before the words that make them the subject of a joke or a question about a word.
    static let mentionWords: Set<String> = Set(
        ["joke", "jokes", "joking", "joked", "word", "term", "phrase", "hashtag"].map(CrisisNormalizer.squeeze))

    /// Whether the words are figurative by what surrounds them: a laugh after them in the clause ("kms
    /// 😂"), a sensation ("feel like i am dying"), "die" that is "dye" ("die fabric"), living that
    /// is residing ("living in this city"), or pills carried somewhere ("take all my old pills to be
    /// disposed of").
    static func figurative(_ core: CrisisMatch, tokens: [CrisisToken], words: [String]) -> Bool {
        let kind = core.definition.kind
        let span = words[core.start..<core.end]
        let next = core.end < words.count && tokens[core.end].clause == core.clause ? words[core.end] : ""
        let afterNext = core.end + 1 < words.count && tokens[core.end + 1].clause == core.clause ? words[core.end + 1] : ""
        // "attempted the climb": an attempt at something, not a suicide attempt.
        if core.definition.id == "self.attempt", span.last == CrisisNormalizer.squeeze("attempted"), attemptObjects.contains(next) {
            return !(next == "a" && ["few", "couple", CrisisNormalizer.squeeze("week"), "month", "year"].contains(afterNext))
        }
        guard kind == .risk || kind == .methodSeeking || kind == .medical || kind == .topic else { return false }
        // A laugh after an exclamation ("i'll kill myself lol") is a figure of speech; after a wish
        // ("just want to die lmao") it masks one, and "not even joking" takes the laugh back.
        let wish = span.contains { wishWords.contains($0) }
        if !wish, kind != .medical, !words.contains(where: { jokeDenials.contains($0) }) {
            var index = core.end
            while index < tokens.count && tokens[index].clause == core.clause && index < core.end + 4 {
                if words[index] == "lol" { return true }
                index += 1
            }
        }
        // "not the hill i want to die on".
        let hill = CrisisNormalizer.squeeze("hill")
        if next == "on"
            && (words[max(0, core.start - 4)..<core.start].contains(hill)
                || words[core.end..<min(words.count, core.end + 3)].contains(hill))
        {
            return true
        }
        // "never wake up early again": a time of waking, not not waking.
        if span.last == "up", ["early", "late", "before", "on", "at"].contains(next) { return true }
        // "my phone wants to die": a thing, not a person, is the subject.
        if core.start >= 2, wishWords.contains(span.first ?? "") || span.first == "going",
            ["my", "the", "this", "our"].contains(words[core.start - 2]),
            things(words[core.start - 1])
        {
            return true
        }
        // "my battery is about to die": the same with "is" between the thing and the words.
        if core.start >= 3, wishWords.contains(span.first ?? "") || ["going", "about"].contains(span.first ?? ""),
            ["is", "are"].contains(words[core.start - 1]),
            words[max(0, core.start - 4)..<(core.start - 2)].contains(where: { ["my", "the", "this", "our"].contains($0) }),
            things(words[core.start - 2])
        {
            return true
        }
        // "my phone is dying" is a figure; "all i think about is dying" is not.
        if span.last == "dying", core.end - core.start >= 2, ["am", "was", "is", "were"].contains(words[core.end - 2]),
            !span.contains(CrisisNormalizer.squeeze("think"))
        {
            return true
        }
        if span.last == "die" && (dyedThings.contains(next) || (possessives.contains(next) && dyedThings.contains(afterNext))) {
            return true
        }
        // "no point in living in london": residing somewhere, unless what follows is a state ("in this pain").
        if ["living", "live"].contains(span.last ?? ""), ["in", "at", "near"].contains(next) {
            let place = words[min(words.count, core.end + 1)..<min(words.count, core.end + 3)]
            if !place.contains(where: { livedStates.contains($0) }) { return true }
        }
        // "can not keep going with this essay": going on with a task, not with living.
        if kind == .risk, ["going", "on", "keep"].contains(span.last ?? ""), next == "with" {
            let object = tokens[min(tokens.count, core.end + 1)..<min(tokens.count, core.end + 3)].filter { $0.clause == core.clause }
                .map(\.word)
            let life = object.contains { ["life", "living"].contains($0) } || object == ["this"] || object == ["it"]
            if !life { return true }
        }
        if kind == .medical, next == "to", ["be", "the", "a", "dispose", "recycle", "return"].contains(afterNext) { return true }
        return false
    }

    /// Whether a word after "my" or "the" names a thing rather than a person or a part of one
    /// ("my phone wants to die", but "my mind wants to die" and "my friend wants to die").
    static func things(_ word: String) -> Bool {
        CrisisPerson.named(by: word) == nil && !selfParts.contains(word) && !CrisisPerson.genericWords.contains(word)
            && !(CrisisVocabulary.canonical[word] != nil)
    }

    /// Parts of a person that may want what the person wants ("my mind keeps telling me"), and words
    /// that qualify a wish rather than name a thing ("my only wish is to die").
    static let selfParts: Set<String> = Set(
        """
        mind brain head body heart soul thoughts self voices voice life whole inner only last one final real true biggest
        deepest greatest constant daily own first main every
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { CrisisNormalizer.squeeze(String($0)) })

    /// Whether the words are named rather than meant: "joke about kms", "the word suicidal".
    static func mentioned(_ core: CrisisMatch, words: [String]) -> Bool {
        words[max(0, core.start - 2)...core.start].contains { mentionWords.contains($0) }
    }

    /// Whether the word at `index` negates the words starting at `start`: a negator not of a knowing
    /// verb ("did not know it was goodbye"), and with no subject named only across `negationBridges`.
    static func negates(at index: Int, before start: Int, words: [String], bridged: Bool) -> Bool {
        guard negators.contains(words[index]) else { return false }
        if index + 1 < start && knowingWords.contains(words[index + 1]) { return false }
        if index > 0 && knowingWords.contains(words[index - 1]) { return false }
        return !bridged || words[(index + 1)..<start].allSatisfy { negationBridges.contains($0) }
    }

    /// Whether the past word at `index` is a polite past ("i just wanted to say", "wanted someone to
    /// know") or a present perfect ("i have felt"), which say nothing about a danger being over.
    static func politePast(at index: Int, words: [String]) -> Bool {
        // "i have felt", "i have been": the present perfect goes on now.
        if index > 0 && ["have", "has", "ve"].contains(words[index - 1]) { return true }
        // "wish i had the courage": a wish, not a past.
        if index > 1 && words[index - 2] == "wish" { return true }
        // "the thought of": a noun, not a past tense.
        if index > 0 && ["the", "a", "this", "that"].contains(words[index - 1]) { return true }
        guard words[index] == "wanted", index + 1 < words.count else { return false }
        let next = words[index + 1]
        let then = index + 2 < words.count ? words[index + 2] : ""
        return ["someone", "somebody", "you", "everyone", "people"].contains(next)
            || (next == "to" && ["say", "tel", "let", "thank", "ask", "write"].contains(then))
    }

    /// Whether a word for people in general names a particular person: "my client", "one of my
    /// students", "a customer at my work".
    static func particular(at index: Int, words: [String]) -> Bool {
        let before = index > 0 ? words[index - 1] : ""
        if words[max(0, index - 2)..<index].contains(where: { $0 == "my" || $0 == "our" }) { return true }
        let after = index + 1 < words.count ? words[index + 1] : ""
        // "a random person in my dms", "this guy": a particular stranger.
        if ["random", "this", "some"].contains(before) && ["in", "on", "at", "from", "who"].contains(after) { return true }
        // "someone i follow", "someone on a forum": one person, not anyone.
        if ["someone", "somebody"].contains(words[index]) && !genericSomeoneBefore.contains(before)
            && ["i", "on", "in", "at", "from"].contains(after)
        {
            return true
        }
        let afterThat = index + 2 < words.count ? words[index + 2] : ""
        return ["a", "an", "one"].contains(before) && ["at", "in", "from", "on"].contains(after) && ["my", "our"].contains(afterThat)
    }
}
