import ExplainerContent
import Testing

/// Danger detection over the real `danger_phrases` list: every phrase, its variants, and ordinary
/// queries that must stay quiet.
@Suite("Search danger detection")
struct SearchDangerTests {
    static let phrases: [String] = SearchTestContent.content?.dangerPhrases ?? []
    static let detector = DangerDetector(phrases: phrases)

    static func urgent(_ query: String) -> Bool { detector.signal(for: query).urgent }

    @Test("The content lists danger phrases covering each kind the issue names")
    func listCoversTheKinds() throws {
        let content = try #require(SearchTestContent.content, "Content/ must load")
        #expect(content.dangerPhrases.count >= 30)
        #expect(Self.detector.phraseCount == Set(content.dangerPhrases.map(DangerPhraseNormalizer.normalize)).count)
        for kind in ["want to die", "kill myself", "end my life", "have a plan", "not safe tonight"] {
            #expect(Self.urgent(kind), "\(kind)")
        }
    }

    @Test("Every listed phrase is urgent as written, in capitals, in a sentence, and with punctuation")
    func everyPhraseAndItsVariants() {
        for phrase in Self.phrases {
            let variants = [
                phrase, phrase.uppercased(), "i think " + phrase + " now", phrase + "!!!", "  " + phrase + "?  ",
                phrase.replacing("'", with: "’"), phrase.replacing("'", with: ""),
                phrase.replacing(" ", with: "   "), phrase.replacing(" ", with: " - "),
            ]
            for variant in variants { #expect(Self.urgent(variant), "\(variant)") }
        }
    }

    @Test(
        "Common misspellings, shorthand and run-together spellings are urgent",
        arguments: [
            "i wanna kil myself", "I WANT TO DIE", "i want to dieeee", "i dont want to live anymore",
            "i don’t want to live", "kms", "i wanna kms tonight", "im going to end it all", "thinking about ending it all",
            "i have a plan", "I’ve made a plan", "im not safe tonight", "not safe 2nite", "i want 2 die", "wanttodie",
            "killmyself", "i want to unalive myself", "how to kill my self", "i want to kill myslef", "feeling suicidel",
            "sucide", "i wish i was dead", "i wish i were dead.", "everyone would be better off without me",
            "i cant go on", "I can't keep myself safe", "i just want it all to end", "I don't feel safe",
            "suicidal thoughts", "killing myself", "i am going to take my life",
        ])
    func misspellingsAndVariants(query: String) {
        #expect(Self.urgent(query), "\(query)")
    }

    @Test(
        "Ordinary questions about the explainer are not urgent",
        arguments: [
            "why does hurting myself make me feel better", "is self harm attention seeking", "what is NSSI",
            "harm reduction", "brain areas for emotional pain", "non-suicidal self-injury", "nonsuicidal self injury",
            "do painkillers work on emotional pain", "skills to manage emotions", "the pain peaks then comes down",
            "dieting and weight loss", "a plan to stop self harming", "killer whales", "kill time",
            "safe ways to cope", "self harm keeps people alive", "end of the section", "what if I relapse",
            "how can I help someone who self harms", "pain offset relief", "signal scrambling",
            "is self harm common", "burnout culture", "bodymind", "planet", "skill mentor",
        ])
    func ordinaryQueriesStayQuiet(query: String) {
        #expect(!Self.urgent(query), "\(query)")
    }

    /// The judgement call the issue asks to document (see `DangerDetector`): naming suicide is urgent.
    @Test("A query naming suicide is urgent, even when framed as research")
    func suicideResearchIsUrgent() {
        #expect(Self.urgent("suicide statistics research"))
        #expect(Self.urgent("is self-harm the same as a suicide attempt"))
    }

    @Test("Matches report the phrases as listed, and an empty list never signals")
    func matchedPhrasesAndEmptyList() {
        #expect(Self.detector.signal(for: "I want to die").matchedPhrases.contains("want to die"))
        #expect(DangerDetector(phrases: []).signal(for: "kill myself") == .none)
        #expect(Self.detector.signal(for: "   ") == .none)
    }

    @Test("The search response carries the signal for its query")
    func searchCarriesTheSignal() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        #expect(index.search(try SearchRequest(query: "i wanna die")).support.urgent)
        #expect(!index.search(try SearchRequest(query: "harm reduction")).support.urgent)
    }
}
