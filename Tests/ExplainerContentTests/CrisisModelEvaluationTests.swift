import ExplainerContent
import Foundation
import Testing

/// The detector with its model layer (the exemplar bank through the sentence-embedding model),
/// measured on the same sets as `CrisisEvaluationTests`: rules and model together must keep every
/// floor the rules keep, raise no more false alarms than the floor allows, and never lose an urgent
/// message the rules found.
@Suite(
    "Crisis detector evaluation with the model layer",
    .enabled(if: HybridTestModel.shouldRun, "Models/all-MiniLM-L6-v2 is absent (scripts/fetch-model.sh fetches it)"))
struct CrisisModelEvaluationTests {
    /// The exemplar bank in `Content/`, embedded once per process.
    static let similarity: CrisisExemplarSimilarity? = {
        guard let embedder = HybridTestModel.embedder,
            let bank = try? CrisisExemplarBank.load(path: SearchTestContent.directory + "/crisis-exemplars.json")
        else { return nil }
        return CrisisExemplarSimilarity(bank: bank, embedder: embedder, modelName: "all-MiniLM-L6-v2")
    }()

    /// Where the model layer raises more informational messages than the rules' ratchet allows, on a
    /// set nobody tuned on: a ratchet of its own, so it can only improve. None is needed today. Under
    /// crisis-rules/3, on heldout3 (then held out) the layer lifted urgent recall from 0.762 to 0.793
    /// but raised 3 more of 220 informational messages (0.059, past the 0.05 floor); crisis-rules/4,
    /// tuned on heldout3, raises 2 and the layer 3 more (t178, t395, t401): 0.023, within the floor,
    /// so that ratchet (0.060) was taken away. On heldout4 (held out) the layer lifts urgent recall
    /// from 0.722 to 0.759 and raises 2 more informational messages (f382, f400: 0.043, within the
    /// floor, past the rules' ratchet). Under crisis-rules/5 the rules alone raise 12 of 186 (0.065);
    /// heldout4's four looks were spent on the rules alone, so this bound was not measured: it is
    /// the rules' last look plus the two messages the layer raised under crisis-rules/4 (0.076).
    /// On heldout5 (measured once, with the rules' single measurement) the layer lifts urgent recall
    /// from 0.788 to 0.813 and raises no more informational messages (0.081): within the rules' ratchet.
    /// crisis-rules/6's lexical layer learnt from heldout4 and heldout5 and meets the floors on them,
    /// so their bounds were taken away; heldout6 and heldout7 (never learnt from) have none.
    static let falseUrgentReached: [String: Double] = [:]

    /// Where the model layer raises a message about someone else to `urgent` on a held-out set, so
    /// fewer are found as `concern` than the rules' ratchet: a ratchet of its own. On heldout4 it
    /// raised one (f189): 56 of 78, 0.718, against the rules' 0.731 (taken away with crisis-rules/6).
    static let concernReached: [String: Double] = [:]

    @Test(
        "Rules and model together meet every floor the rules meet, and find every urgent message the rules find",
        arguments: CrisisEvaluationTests.sets)
    func rulesAndModelMeetTheFloors(file: String) throws {
        let similarity = try #require(Self.similarity, "the model or the exemplar bank did not load")
        let set = try CrisisEvaluationSet(file: file)
        let rules = set.evaluate(with: CrisisDetector())
        let both = set.evaluate(with: similarity.detector())
        CrisisEvaluationTests.report(file, "rules+model", both)
        // Where the rules hold a ratchet (a floor not met), the model layer may not add false alarms
        // beyond it nor lose a concern the rules found; elsewhere the floors themselves hold.
        let ratchet = CrisisEvaluationTests.reached[file]
        let falseUrgentBound = Self.falseUrgentReached[file] ?? ratchet?.falseUrgent ?? CrisisEvaluationTests.maximumFalseUrgent
        let concernBound = Self.concernReached[file] ?? ratchet?.concernFound ?? CrisisEvaluationTests.minimumConcernFound
        #expect(both.falseUrgent <= falseUrgentBound, "info raised to urgent \(both.falseUrgent)")
        #expect(both.concernFound >= concernBound, "concern found \(both.concernFound)")
        #expect(both.unreadableFlagged >= ratchet?.unreadableFlagged ?? 1)
        let rulesMissed = Set(rules.misses.filter { $0.message.label == "urgent" }.map(\.message.id))
        let bothMissed = Set(both.misses.filter { $0.message.label == "urgent" }.map(\.message.id))
        #expect(bothMissed.isSubset(of: rulesMissed), "the model layer lost \(bothMissed.subtracting(rulesMissed).sorted())")
        let raised = set.messages.filter { similarity.detector().assess($0.text).reasons.contains("model.exemplar-urgent") }
        guard !CrisisEvaluationTests.hideMisses else { return }
        print("\(file): the model layer raised \(raised.count): " + raised.map { "\($0.id) [\($0.label)]" }.joined(separator: ", "))
    }

    @Test("Calibration: at the chosen threshold the model alone tells urgent from informational messages of the development set")
    func thresholdCalibration() throws {
        let similarity = try #require(Self.similarity, "the model or the exemplar bank did not load")
        let set = try CrisisEvaluationSet(file: "crisis-messages.dev.jsonl")
        // Each message's nearest urgent exemplar (when the nearest of all is urgent), and whether the rules said urgent.
        let scored = set.messages.map { message in
            (
                label: message.label, score: similarity.nearestUrgentExemplar(to: message.text)?.score ?? -1,
                rules: CrisisDetector().assess(message.text).level == .urgent
            )
        }
        func figures(_ threshold: Double) -> (recall: Double, falseAlone: Double, falseAdded: Double) {
            let urgent = scored.filter { $0.label == "urgent" }
            let info = scored.filter { $0.label == "info" }
            return (
                Double(urgent.filter { $0.score >= threshold }.count) / Double(max(1, urgent.count)),
                Double(info.filter { $0.score >= threshold }.count) / Double(max(1, info.count)),
                Double(info.filter { $0.score >= threshold && !$0.rules }.count) / Double(max(1, info.count))
            )
        }
        for threshold in stride(from: 0.40, through: 0.80, by: 0.05) {
            let (recall, falseAlone, falseAdded) = figures(threshold)
            print(
                String(
                    format: "threshold %.2f: model alone urgent recall %.3f, info raised %.3f; info raised beyond the rules %.3f",
                    threshold, recall, falseAlone, falseAdded))
        }
        let chosen = figures(similarity.threshold)
        #expect(chosen.recall > 4 * chosen.falseAlone, "at \(similarity.threshold): \(chosen)")
        #expect(chosen.falseAdded <= CrisisEvaluationTests.maximumFalseUrgent / 2, "at \(similarity.threshold): \(chosen)")
    }
}
