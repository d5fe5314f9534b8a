import ExplainerContent
import Testing

/// The detector measured on labelled sets, with the rules alone: the issue's floors must hold.
///
/// `crisis-messages.untouched.jsonl` was written by a teammate who never saw the detector and is
/// never edited; `crisis-messages.dev.jsonl` is the detector's own development set. Each set prints
/// its figures and every miss (id, label → level, reason ids, the text). A held-out set is measured
/// by adding its file to `sets`; one whose urgent recall is honestly below the floor gets a ratchet
/// in `urgentRecallReached`, so the floor is a known issue and a change that misses more people fails.
@Suite("Crisis detector evaluation")
struct CrisisEvaluationTests {
    /// The issue's floors.
    static let minimumUrgentRecall = 0.98
    static let maximumFalseUrgent = 0.05
    static let minimumConcernFound = 0.9

    /// The sets measured, each in `Tests/Evaluation/`.
    static let sets = ["crisis-messages.dev.jsonl", "crisis-messages.untouched.jsonl"]

    /// Urgent recall reached where it is below `minimumUrgentRecall` (a ratchet per set); a set not
    /// here must meet the floor itself.
    static let urgentRecallReached: [String: Double] = [:]

    /// Prints the figures and every miss of one set.
    static func report(_ file: String, _ label: String, _ figures: CrisisEvaluationSet.Figures) {
        print("\(file) [\(label)]: \(figures)")
        for miss in figures.misses { print("  miss \(miss)") }
    }

    @Test("Each set meets every floor with the rules alone (or holds its ratchet on urgent recall)", arguments: sets)
    func setMeetsTheFloors(file: String) throws {
        let set = try CrisisEvaluationSet(file: file)
        let figures = set.evaluate(with: CrisisDetector())
        Self.report(file, "rules", figures)
        #expect(set.messages.count >= 250)
        #expect(figures.falseUrgent <= Self.maximumFalseUrgent, "info raised to urgent \(figures.falseUrgent)")
        #expect(figures.concernFound >= Self.minimumConcernFound, "concern found \(figures.concernFound)")
        #expect(figures.unreadableFlagged == 1, "unreadable flagged \(figures.unreadableFlagged)")
        if let reached = Self.urgentRecallReached[file] {
            #expect(figures.urgentRecall >= reached, "urgent recall \(figures.urgentRecall) fell below what the rules reached")
            // The floor is not met on this set; recorded as a known issue in every run (and failing
            // the day it is met, so the ratchet is taken away then, not forgotten).
            withKnownIssue("issue 15: urgent recall on \(file) is below 0.98") {
                #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
            }
        } else {
            #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
        }
    }
}
