import ExplainerContent
import Testing

/// The detector's behaviour, one rule or frame at a time, with the rules alone.
@Suite("Crisis detector")
struct CrisisDetectorTests {
    static let detector = CrisisDetector(classifier: nil)

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
            "I took too many pills", "i think i OD'd", "the bleeding won't stop",
            "my friend took a whole bottle of pills and won't wake up",
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
            "I think my dad has a plan to end his life", "she keeps saying she wishes she was dead",
            "my son said he can't stop hurting himself",
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
            for variant in [
                phrase, phrase.uppercased(), "  " + phrase + "!!!", phrase.replacing("'", with: "’"), phrase.replacing("'", with: ""),
            ] {
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

    @Test(
        "English with names, shorthand or a few unknown words is understood",
        arguments: ["samaritans number pls", "bodymind", "kms", "ok", "???", "tbh idk"])
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

/// The support block's order, the search path, the exemplar bank and the similarity seam.
@Suite("Crisis support block and seams")
struct CrisisSupportTests {
    static let content = SearchTestContent.content

    static func block(_ text: String, region: String?) throws -> SupportBlock {
        let content = try #require(content, "Content/ must load")
        return SupportBlock.choose(
            for: CrisisDetector().assess(text), region: region, lines: content.supportLines, emergency: content.emergencyLines)
    }

    @Test("Urgent puts the region's emergency numbers first, then its lines, and leads the answer")
    func urgentLeadsWithEmergencyNumbers() throws {
        let block = try Self.block("i want to die tonight", region: "GB")
        #expect(block.leads && block.emergencyFirst)
        guard case .emergency(let numbers)? = block.entries.first else {
            Issue.record("first entry is not the emergency numbers")
            return
        }
        #expect(numbers.map(\.number) == ["999"])
        #expect(block.lines.map(\.line.id) == ["gb-ie-samaritans"])
    }

    @Test("A medical emergency puts emergency numbers first even for someone else")
    func medicalEmergencyFirst() throws {
        let block = try Self.block("my friend took all her pills and won't wake up", region: "US")
        #expect(block.emergencyFirst)
        #expect(!block.lines.isEmpty)
    }

    @Test("Info and concern still carry the lines, numbers last, and no line is marked as helping the worried")
    func linesAlwaysPresent() throws {
        for text in ["what is harm reduction", "my friend says she wants to die"] {
            let block = try Self.block(text, region: "US")
            #expect(!block.leads && !block.emergencyFirst, "\(text)")
            #expect(block.lines.map(\.line.id) == ["us-988", "us-crisis-text-line"], "\(text)")
            #expect(block.lines.allSatisfy { $0.helpsPeopleWorriedAboutOthers == nil })
            guard case .emergency? = block.entries.last else {
                Issue.record("emergency numbers are not last for \(text)")
                continue
            }
        }
    }

    @Test("A message not understood gets the international lines first, then the region's")
    func notUnderstoodAddsInternationalLines() throws {
        let block = try Self.block("quiero morir", region: "US")
        #expect(block.lines.map(\.line.id) == ["intl-findahelpline", "us-988", "us-crisis-text-line"])
        #expect(block.lines.first?.international == true)
        let unknownRegion = try Self.block("quiero morir", region: nil)
        #expect(unknownRegion.lines.map(\.line.id) == ["intl-findahelpline"])
    }

    @Test("The search response carries the query's assessment")
    func searchCarriesTheAssessment() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        #expect(index.search(try SearchRequest(query: "i wanna die")).support.urgent)
        #expect(!index.search(try SearchRequest(query: "harm reduction")).support.urgent)
        #expect(!index.search(try SearchRequest(query: "suicide statistics research")).support.urgent)
    }

    @Test("The exemplar bank loads, covers every level, and names no method")
    func exemplarBankLoads() throws {
        let bank = try CrisisExemplarBank.load(path: PackagePaths.content + "/crisis-exemplars.json")
        for level in CrisisLevel.allCases { #expect(bank.exemplars(level).count >= 12, "\(level)") }
        #expect(Set(bank.exemplars.map(\.id)).count == bank.exemplars.count)
        let methodWords = ["pill", "tablet", "rope", "knife", "blade", "razor", "jump", "bridge", "gun", "hang", "bleach", "poison"]
        for exemplar in bank.exemplars {
            #expect(!methodWords.contains { exemplar.text.lowercased().contains($0) }, "\(exemplar.id)")
        }
    }

    @Test("An invalid exemplar bank reports every problem with its line")
    func invalidBankReportsEveryProblem() {
        let text =
            #"{"exemplars": [{"id": "Bad Id", "level": "urgent", "text": "x"}, {"id": "a", "level": "panic", "text": "y"}, {"id": "b", "level": "info", "text": ""}]}"#
        #expect(throws: CrisisExemplarError.self) { try CrisisExemplarBank.parse(Array(text.utf8), file: "bank.json") }
        do {
            _ = try CrisisExemplarBank.parse(Array(text.utf8), file: "bank.json")
        } catch {
            #expect(error.problems.count == 3, "\(error)")
            #expect(error.description.hasPrefix("bank.json: line 1:"))
        }
    }

    /// A stand-in for the sentence-embedding model, which another engineer is building; it answers
    /// a fixed score so the seam's rules (raise only, never lower, absent means rules alone) are checked.
    struct FixedSimilarity: CrisisSimilarity {
        var score: Double?
        var modelVersion: String { "fixed-test" }
        func nearestUrgentExemplar(to text: String) -> CrisisSimilarityMatch? {
            score.map { CrisisSimilarityMatch(exemplarID: "urgent-001", score: $0) }
        }
    }

    @Test("Similarity can raise a message to urgent, never lower one, and a missing model leaves the rules alone")
    func similaritySeam() {
        let close = CrisisDetector(classifier: nil, similarity: FixedSimilarity(score: 0.9))
        let far = CrisisDetector(classifier: nil, similarity: FixedSimilarity(score: 0.1))
        let missing = CrisisDetector(classifier: nil, similarity: FixedSimilarity(score: nil))
        let quiet = "it's all getting heavy lately"
        #expect(CrisisDetector(classifier: nil).assess(quiet).level == .info)
        #expect(close.assess(quiet).level == .urgent)
        #expect(close.assess(quiet).reasons.contains("model.exemplar-urgent"))
        #expect(close.assess(quiet).detectorVersion == CrisisDetector.version + "+fixed-test")
        #expect(far.assess(quiet).level == .info)
        #expect(missing.assess(quiet).level == .info)
        #expect(far.assess("i want to die").level == .urgent)
    }
}
