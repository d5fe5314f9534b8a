import ExplainerContent
import Testing

/// The detector measured on labelled sets, with the rules alone: the floors must hold.
///
/// `crisis-messages.untouched.jsonl` was written by a teammate who never saw the detector and is
/// never edited or tuned on; `crisis-messages.dev.jsonl` is the detector's own development set.
/// Each test prints the figures and every miss (id, label → level, reason ids, the text).
@Suite("Crisis detector evaluation")
struct CrisisEvaluationTests {
    /// The floors.
    static let minimumUrgentRecall = 0.98
    static let maximumFalseUrgent = 0.05
    static let minimumConcernFound = 0.9

    static func check(_ file: String) throws {
        let set = try CrisisEvaluationSet(file: file)
        let figures = set.evaluate(with: CrisisDetector())
        print("\(file): \(figures)")
        for miss in figures.misses { print("  miss \(miss)") }
        #expect(set.messages.count >= 250)
        #expect(figures.urgentRecall >= minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
        #expect(figures.falseUrgent <= maximumFalseUrgent, "info raised to urgent \(figures.falseUrgent)")
        #expect(figures.concernFound >= minimumConcernFound, "concern found \(figures.concernFound)")
        #expect(figures.unreadableFlagged == 1, "unreadable flagged \(figures.unreadableFlagged)")
    }

    @Test("The untouched set meets every floor: urgent recall, false urgent, concern found, unreadable")
    func untouchedSetMeetsTheFloors() throws {
        try Self.check("crisis-messages.untouched.jsonl")
    }

    @Test("The development set meets every floor")
    func developmentSetMeetsTheFloors() throws {
        try Self.check("crisis-messages.dev.jsonl")
    }
}
