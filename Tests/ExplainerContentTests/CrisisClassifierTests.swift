import ExplainerContent
import Foundation
import Testing

/// The lexical layer: its compiled weights, its parity with the trainer, and how it is weighed with the rules.
@Suite("Crisis classifier")
struct CrisisClassifierTests {
    /// A table small enough to reason about: each word pushes one level hard.
    static let toy = try! CrisisClassifier(
        table: "bias 0 0 1\nw:alpha 6 0 0\nw:beta 0 6 0\nw:zebra 0 0 6\n", raiseThreshold: 0.5, ruleWeight: 0.2)

    @Test("The compiled weights parse, and the standard classifier has them")
    func compiledWeightsParse() {
        #expect(CrisisClassifier.standard.featureCount > 1000)
        #expect(CrisisClassifier.standard.raiseThreshold > CrisisClassifier.standard.ruleWeight)
        let p = CrisisClassifier.standard.probabilities(of: "anything at all")
        #expect(abs(p.urgent + p.concern + p.info - 1) < 1e-9)
    }

    /// The trainer's probabilities for a sample of its messages, reproduced here: the features the
    /// server reads are the features the weights were learnt from. A change to the normaliser or the
    /// features that is not followed by training again fails here.
    @Test("The server's probabilities are the trainer's (scripts/train-crisis-classifier.py)")
    func parityWithTheTrainer() throws {
        let url = PackagePaths.root.appendingPathComponent("Tests/ExplainerContentTests/Fixtures/crisis-classifier-parity.json")
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let samples = try #require(fixture?["messages"] as? [[String: Any]])
        #expect(samples.count >= 50)
        var texts: [String: [String: String]] = [:]
        for sample in samples {
            let set = try #require(sample["set"] as? String)
            if texts[set] == nil {
                texts[set] = Dictionary(uniqueKeysWithValues: try CrisisEvaluationSet(file: set).messages.map { ($0.id, $0.text) })
            }
            let id = try #require(sample["id"] as? String)
            let text = try #require(texts[set]?[id], "\(set) has no message \(id)")
            let p = CrisisClassifier.standard.probabilities(of: text[...])
            let urgent = try #require(sample["urgent"] as? Double)
            let concern = try #require(sample["concern"] as? Double)
            #expect(abs(p.urgent - urgent) < 1e-4, "\(id): urgent \(p.urgent), the trainer's \(urgent)")
            #expect(abs(p.concern - concern) < 1e-4, "\(id): concern \(p.concern), the trainer's \(concern)")
        }
    }

    @Test("A table line that is not four fields, three of them numbers, is named")
    func badTableLine() {
        #expect(throws: CrisisClassifierError(line: 2, reason: "not `feature urgent concern info`")) {
            try CrisisClassifier(table: "bias 0 0 0\nw:die 1 x 0\n", raiseThreshold: 0.5, ruleWeight: 0.2)
        }
        #expect(throws: CrisisClassifierError(line: 2, reason: "no bias line")) {
            try CrisisClassifier(table: "w:die 1 0 0\n", raiseThreshold: 0.5, ruleWeight: 0.2)
        }
    }

    @Test("The classifier raises to urgent what the rules read as nothing, with its own reason")
    func raisesWhatTheRulesMissed() {
        let detector = CrisisDetector(classifier: Self.toy)
        #expect(CrisisDetector(classifier: nil).assess("alpha").level == .info)
        let raised = detector.assess("alpha")
        #expect(raised.level == .urgent)
        #expect(raised.reasons == ["lexical.urgent"])
    }

    @Test("It finds someone else at risk where the rules read nothing")
    func findsConcern() {
        let found = CrisisDetector(classifier: Self.toy).assess("beta")
        #expect(found.level == .concern)
        #expect(found.reasons == ["lexical.concern"])
    }

    @Test("A rule's urgent stands unless the classifier is fairly sure; a medical emergency always stands")
    func ruleUrgentAndItsVeto() {
        let detector = CrisisDetector(classifier: Self.toy)
        let rules = CrisisDetector(classifier: nil)
        let danger = "i want to die"
        #expect(rules.assess(danger).level == .urgent)
        // "zebra" makes the toy all but sure of info: p(urgent) + the rule's 0.2 stays under 0.5.
        let setAside = detector.assess(danger + " zebra")
        #expect(setAside.level == .info)
        #expect(setAside.reasons == ["lexical.not-urgent"])
        #expect(setAside.reasons.allSatisfy { $0.hasPrefix("lexical.") })
        let kept = detector.assess(danger + " alpha")
        #expect(kept.level == .urgent)
        #expect(kept.reasons.contains("person.self"))
        let overdose = "i took too many pills zebra"
        #expect(rules.assess(overdose).medicalEmergency)
        #expect(detector.assess(overdose).level == .urgent, "a medical emergency the rules found is never set aside")
    }

    @Test("A rule that says the writer's danger outright is set aside only when all but sure, and never with a time now")
    func outrightDangerIsProtected() {
        let protective = try! CrisisClassifier(
            table: "bias 0 0 1\nw:alpha 6 0 0\nw:zebra 0 0 6\nw:delta 0 0 2\n", raiseThreshold: 0.47, ruleWeight: 0.2,
            protectedRuleWeight: 0.45)
        let detector = CrisisDetector(classifier: protective)
        // "delta" leaves p(urgent) at 0.045: under 0.47 with a rule's 0.2, over it with an outright
        // rule's 0.45; "zebra" at 0.001, under it either way.
        #expect(detector.assess("i want to die delta").level == .urgent)
        let sure = detector.assess("i want to die zebra")
        #expect(sure.level == .info, "all but sure: set aside \(sure.reasons)")
        let now = detector.assess("i want to die tonight zebra")
        #expect(now.level == .urgent, "an outright danger with a time now is never set aside: \(now.reasons)")
    }

    @Test("A message the detector cannot read keeps the rules' reading, whatever the classifier says")
    func unreadableIsLeftToTheRules() {
        let text = "quiero morir alpha"
        let rules = CrisisDetector(classifier: nil).assess(text)
        let both = CrisisDetector(classifier: Self.toy).assess(text)
        #expect(!both.languageUnderstood)
        #expect(both.level == rules.level)
    }
}
