import ExplainerContent
import Testing

/// The detector's behaviour, one rule or frame at a time, with the rules alone.
@Suite("Crisis detector")
struct CrisisDetectorTests {
    static let detector = CrisisDetector()

    static func level(_ text: String, context: [String] = []) -> CrisisLevel {
        detector.assess(text, context: context).level
    }

    @Test(
        "Intent, plans, inability to stop, farewells, hopelessness and feeling unsafe are urgent",
        arguments: [
            "i want to die", "im going to kill myself tonight", "I have a plan", "i cant stop hurting myself",
            "goodbye everyone, thank you for everything", "there's no reason for me to live", "I'm not safe right now",
            "everyone would be better off without me", "i dont want to be here anymore", "i've written my goodbye letters",
            "i wish i could go to sleep and never wake up", "i'm scared of what i'll do to myself tonight",
        ])
    func firstPersonDangerIsUrgent(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(assessment.urgent)
        #expect(assessment.reasons.contains("person.self"), "\(text): \(assessment.reasons)")
    }

    @Test(
        "Shorthand, misspellings, run-together words and stretched letters are read",
        arguments: [
            "kms", "i wanna kms", "unalive myself tonight", "I WANT TO DIE", "i want to dieeee", "wanttodie", "iwanttokillmyself",
            "feeling sucidal", "suicdal again", "i dont wanna live", "im gonna end it", "ima end it all 2nite",
            "i want 2 die", "i don’t want to wake up",
        ])
    func shorthandAndMisspellingsAreRead(text: String) {
        #expect(Self.level(text) == .urgent, "\(text)")
    }

    @Test(
        "A medical emergency is urgent and puts emergency numbers first, for the writer or someone else",
        arguments: [
            "I took too many pills", "i think i OD'd", "the bleeding won't stop", "my friend took a whole bottle of pills and won't wake up",
            "he's not breathing", "i overdosed an hour ago",
        ])
    func medicalEmergencyIsUrgent(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(assessment.medicalEmergency, "\(text)")
    }

    @Test(
        "Someone else at risk is concern",
        arguments: [
            "my friend says she wants to die", "my son is hurting himself what do i do", "my sister told me she's suicidal",
            "I think my dad has a plan to end his life", "she keeps saying she wishes she was dead", "my son said he can't stop hurting himself",
            "my girlfriend posted a goodbye message", "my brother wants to kill himself",
        ])
    func someoneElseAtRiskIsConcern(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .concern, "\(text): \(assessment.reasons)")
        #expect(assessment.reasons.contains("person.other"))
    }

    @Test(
        "Negation, questions, research, the past, hypotheticals, quotes and hyperbole weigh against urgent",
        arguments: [
            "I don't want to die", "i'm not suicidal, just curious", "what is self harm", "suicide statistics research",
            "difference between self harm and suicide", "is self-harm the same as a suicide attempt", "non-suicidal self-injury",
            "I used to want to die years ago, I'm doing better now", "what if someone wanted to die",
            "the song goes \"i want to die\"", "this homework is killing me", "I'm dying to see that film",
            "I could die of embarrassment", "I want to die my hair blue", "how many people die by suicide each year",
            "why does hurting myself make me feel better", "is self harm attention seeking", "what is an overdose",
            "I have a plan for my essay", "i want to end my subscription", "a plan to stop self harming", "killer whales",
            "kill time", "skill mentor", "that's odd", "goodbye and thanks for the help!",
        ])
    func framingWeighsAgainstUrgent(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .info, "\(text): \(assessment.reasons)")
        #expect(assessment.languageUnderstood, "\(text)")
    }

    @Test("A bare mention of suicide is urgent, but framed as a question or research it is not")
    func bareSuicideIsUrgent() {
        #expect(Self.level("suicide") == .urgent)
        #expect(Self.level("suicidal") == .urgent)
        #expect(Self.level("suicide rates by country") == .info)
        #expect(Self.level("what is suicide contagion") == .info)
    }

    @Test("Every phrase of the old danger list in support.json is still urgent as a bare message")
    func everyOldDangerPhraseIsUrgent() throws {
        let content = try #require(SearchTestContent.content, "Content/ must load")
        #expect(content.dangerPhrases.count >= 30)
        for phrase in content.dangerPhrases {
            for variant in [phrase, phrase.uppercased(), "  " + phrase + "!!!", phrase.replacing("'", with: "’"), phrase.replacing("'", with: "")] {
                #expect(Self.level(variant) == .urgent, "\(variant): \(Self.detector.assess(variant).reasons)")
            }
        }
    }

    @Test("A signal that builds over turns counts: an earlier decision and now a time")
    func contextBuildsOverTurns() {
        #expect(Self.level("tonight") == .info)
        #expect(Self.level("tonight", context: ["I've decided."]) == .urgent)
        #expect(Self.detector.assess("tonight", context: ["I've decided."]).reasons.contains("context.builds"))
        #expect(Self.level("i'm going to do it", context: ["i want to die", "what time is it"]) == .urgent)
        #expect(Self.level("what is NSSI", context: ["i want to die"]) == .info)
        #expect(Self.level("i want to die", context: ["what is NSSI"]) == .urgent)
    }

    @Test("Only the last ten context messages count")
    func contextIsBounded() {
        let decided = ["I've decided."] + Array(repeating: "what is the explainer about", count: 10)
        #expect(Self.level("tonight", context: decided) == .info)
        #expect(Self.level("tonight", context: Array(decided.dropFirst(2)) + ["I've decided."]) == .urgent)
    }

    @Test("Text past 8 KiB is cut, not refused, and the assessment still answers")
    func textIsBounded() {
        let filler = String(repeating: "The weather is fine. ", count: 450)
        #expect(filler.utf8.count > 8 * 1024)
        #expect(Self.level("i want to die. " + filler) == .urgent)
        #expect(Self.level(filler + " i want to die") == .info)
        let limits = CrisisLimits()
        #expect(limits.maximumTextBytes == 8192 && limits.maximumContextMessages == 10)
    }

    @Test(
        "Another language or script is not understood, gets concern and never a confident info",
        arguments: ["quiero morir", "je veux mourir", "ich will nicht mehr leben", "我想死", "死にたい", "Я хочу умереть", "أريد أن أموت", "😭😭😭"])
    func otherLanguagesAreNotUnderstood(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(!assessment.languageUnderstood, "\(text)")
        #expect(assessment.level == .concern, "\(text)")
        #expect(assessment.reasons.contains("language.not-understood"))
    }

    @Test("English with names, shorthand or a few unknown words is understood", arguments: ["samaritans number pls", "bodymind", "kms", "ok", "???", "tbh idk"])
    func englishIsUnderstood(text: String) {
        #expect(Self.detector.assess(text).languageUnderstood, "\(text)")
    }

    @Test("Reasons are stable rule ids and never echo the message")
    func reasonsNeverEchoTheText() {
        let assessment = Self.detector.assess("My name is Zephyrine and I want to die tonight")
        #expect(assessment.reasons.contains("self.intent-to-die"))
        #expect(assessment.reasons.contains("time.now"))
        #expect(assessment.reasons.allSatisfy { $0.wholeMatch(of: /[a-z]+\.[a-z-]+/) != nil }, "\(assessment.reasons)")
        #expect(!assessment.reasons.joined().lowercased().contains("zephyrine"))
        #expect(assessment.detectorVersion == CrisisDetector.version)
    }

    @Test("Empty and punctuation-only messages are info and understood")
    func emptyMessages() {
        for text in ["", "   ", "...", "?!"] {
            let assessment = Self.detector.assess(text)
            #expect(assessment.level == .info && assessment.languageUnderstood && assessment.reasons.isEmpty, "\(text)")
        }
    }
}
