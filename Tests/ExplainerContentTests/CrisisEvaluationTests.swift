import ExplainerContent
import Foundation
import Testing

/// The detector measured on labelled sets without the model (the rules and the lexical layer, what
/// answers when the model is missing or busy): the issue's floors must hold.
///
/// `crisis-messages.untouched.jsonl` was written by a teammate who never saw the detector and is
/// never edited; `crisis-messages.dev.jsonl` is the detector's own development set. Each set prints
/// its figures and every miss (id, label → level, reason ids, the text). A held-out set is measured
/// by adding its file to `sets`; one whose figures are honestly below a floor gets a ratchet in
/// `reached`, so the floor is a known issue and a change that misses more people fails.
///
/// `crisis-messages.heldout2.jsonl` (527 messages) was written apart on 2026-12-02, after the rules
/// had been tuned on the other two sets. crisis-rules/2 reached 0.709 / 0.060 / 0.688 on it (its
/// honest held-out figure); its misses were printed, and crisis-rules/3 generalised classes of
/// language from them, so it is tuning data now and meets every floor. The honest measure of
/// crisis-rules/3 was the third set, written apart after it; crisis-rules/4 was then tuned on
/// that one too (see `reached`), and its honest measure is a fifth set written apart.
@Suite("Crisis detector evaluation")
struct CrisisEvaluationTests {
    /// The issue's floors.
    static let minimumUrgentRecall = 0.98
    static let maximumFalseUrgent = 0.05
    static let minimumConcernFound = 0.9

    /// The sets measured, each in `Tests/Evaluation/`.
    static let sets = [
        "crisis-messages.dev.jsonl", "crisis-messages.untouched.jsonl", "crisis-messages.heldout2.jsonl",
        "crisis-messages.heldout3.jsonl", "crisis-messages.heldout4.jsonl", "crisis-messages.heldout5.jsonl",
        "crisis-messages.train1.jsonl", "crisis-messages.train2.jsonl", "crisis-messages.train3.jsonl",
        "crisis-messages.train4.jsonl", "crisis-messages.train5.jsonl", "crisis-messages.train6.jsonl",
        "crisis-messages.heldout6.jsonl", "crisis-messages.heldout7.jsonl",
    ]

    /// What the rules reached on a set where a floor is not met (a ratchet per set); a set not here
    /// must meet every floor itself.
    /// heldout2's ratchet (first 0.708 / 0.061 / 0.687 under crisis-rules/2) was taken away when
    /// crisis-rules/3, tuned on it, reached 1.000 / 0.004 / 0.963.
    ///
    /// `crisis-messages.heldout3.jsonl` (506 messages) was written apart on 2026-12-02 and committed
    /// before crisis-rules/3 was merged. Held out, crisis-rules/2 reached 0.705 / 0.050 / 0.756
    /// (unreadable 0.933) on it, and crisis-rules/3 0.762 / 0.045 / 0.808 (147 of 193 urgent, 10 of
    /// 220 info raised, 63 of 78 concern, 14 of 15 unreadable flagged). crisis-rules/4 generalised
    /// classes from its misses, so it is tuning data now: 0.990 / 0.009 / 0.962 / 1.000, every floor
    /// met, and its ratchet (0.761 / 0.046 / 0.807 / 0.933) was taken away.
    ///
    /// `crisis-messages.heldout4.jsonl` (468 messages: 187 urgent, 186 info, 78 concern, 17
    /// unreadable) was written apart on 2026-12-02 and committed (2425827) before crisis-rules/4 was
    /// merged; nobody who tuned the rules has read it. Held out, crisis-rules/4 reached 0.722 / 0.032
    /// / 0.731 / 1.000 on it (135 of 187 urgent, 6 of 186 info raised, 57 of 78 concern, 17 of 17
    /// unreadable flagged): the honest figure, far below the 0.98 floor. crisis-rules/5 (recall
    /// first) was measured on it four times, figures only (`CRISIS_HIDE_MISSES=1`, never its texts
    /// or misses): 0.775 / 0.043 / 0.744, 0.802 / 0.043 / 0.756, 0.818 / 0.065 / 0.756 and, at
    /// 8825711, 0.829 / 0.065 / 0.756 / 1.000 (155 of 187 urgent, 12 of 186 info raised, 59 of 78
    /// concern). The ratchet holds that last look. Its false-urgent bound is looser than
    /// crisis-rules/4's (0.033): rules/5 spends the false-alarm budget on recall, and on this set it
    /// overspent it. The rules changed after that look (own10's classes) and were not measured on
    /// it again.
    ///
    /// `crisis-messages.heldout5.jsonl` (508 messages: 198 urgent, 209 info, 82 concern, 19
    /// unreadable) was written apart and committed (408bc96) before crisis-rules/5 was written;
    /// nobody who tuned the rules has read it. Measured exactly once, after the last rule change
    /// (b00f520), figures only: 0.788 / 0.081 / 0.817 / 1.000 (156 of 198 urgent, 17 of 209 info
    /// raised, 67 of 82 concern, 19 of 19 unreadable flagged): the honest figure for crisis-rules/5,
    /// below the recall and concern floors and past the false-alarm bound.
    ///
    /// crisis-rules/6 adds the lexical layer (`CrisisClassifier`), learnt from every set above and
    /// from six training batches written apart this session (`crisis-messages.train1.jsonl` …
    /// `.train6.jsonl`, 1,869 messages, never tuned on by rule): on those it reaches every floor, as a
    /// model does on what it learnt from, so heldout4's and heldout5's ratchets were taken away. Its
    /// honest measures are two sets written apart before the layer was built and never learnt from:
    /// `crisis-messages.heldout6.jsonl` (524 messages: 206 urgent, 210 info, 88 concern, 20
    /// unreadable) and `.heldout7.jsonl` (501: 197 / 198 / 86 / 20), each by a helper given the
    /// brief alone, committed (372fcf4) before any of it was written, and measured exactly once, at
    /// 19de5d2, figures only: heldout6 0.985 / 0.019 / 1.000 / 1.000 (203 of 206 urgent, 4 of 210
    /// info raised), heldout7 0.990 / 0.005 / 0.988 / 1.000 (195 of 197, 1 of 198, 85 of 86 concern).
    /// Every floor is met on both. A second look, after the outright first-person rules were
    /// protected from the layer's veto (a change made for a unit test's message, neither set read),
    /// gave the same figures; nothing was changed after it. The rules alone (crisis-rules/5's,
    /// `CrisisDetector(classifier: nil)`) reached 0.820 / 0.024 / 0.909 and 0.858 / 0.035 / 0.849 on them. Held out writer by
    /// writer over the other sets (`scripts/train-crisis-classifier.py --report`), the same design
    /// reached 0.949–0.992 urgent recall and 0.031–0.096 info raised on the eight sets the rules were
    /// never tuned on (mean 0.972 / 0.058 / 0.970): the more cautious estimate.
    static let reached: [String: (urgentRecall: Double, falseUrgent: Double, concernFound: Double, unreadableFlagged: Double)] = [:]

    /// Our own batches for crisis-rules/4's classes, written by the team that tuned the rules (not
    /// held out), each first measured before any rule was written for it: own4 33/40 urgent, 4/20
    /// info raised, 9/10 concern; own5 11/25, 0/15, 7/8; own6 17/30, 1/20, 9/10; own7 (written after
    /// the fallback rule) 11/25, 1/15, 3/8. own8 was written for crisis-rules/5 (first-person risk
    /// in wording no set uses, and hard informational messages) and first measured under
    /// crisis-rules/4's rules: 18/30 urgent, 2/20 info raised, 8/10 concern; own9 (new wording,
    /// written after the first risk-reading rules and own8's classes) 17/30, 0/20, 9/10; own10 (40,
    /// new wording, written after the cue classes and own9's) 13/25, 2/10, 4/5. Smaller than a
    /// set, so they have their own test.
    static let ownBatches = [
        "crisis-messages.own4.jsonl", "crisis-messages.own5.jsonl", "crisis-messages.own6.jsonl", "crisis-messages.own7.jsonl",
        "crisis-messages.own8.jsonl", "crisis-messages.own9.jsonl", "crisis-messages.own10.jsonl",
    ]

    /// Urgent recall on an own batch whose floor is not met (a ratchet). own7's ratchet (0.96, ru005)
    /// was taken away when the risk reading found ru005, own8's (0.966, vu024) when the lexical
    /// layer, which learnt from own8, found vu024.
    static let ownReached: [String: Double] = [:]

    /// Whether misses are left out of the report (`CRISIS_HIDE_MISSES=1`): a held-out set's texts
    /// and misses must not be read by whoever tunes the rules, so any run that measures one prints
    /// figures only.
    static let hideMisses = ProcessInfo.processInfo.environment["CRISIS_HIDE_MISSES"] == "1"

    /// Prints the figures and, unless `hideMisses`, every miss of one set.
    static func report(_ file: String, _ label: String, _ figures: CrisisEvaluationSet.Figures) {
        print("\(file) [\(label)]: \(figures)")
        guard !hideMisses else { return }
        for miss in figures.misses { print("  miss \(miss)") }
    }

    @Test("Each set meets every floor without the model (or holds its ratchet on urgent recall)", arguments: sets)
    func setMeetsTheFloors(file: String) throws {
        let set = try CrisisEvaluationSet(file: file)
        let figures = set.evaluate(with: CrisisDetector())
        Self.report(file, "without the model", figures)
        #expect(set.messages.count >= 250)
        if let reached = Self.reached[file] {
            #expect(
                figures.unreadableFlagged >= reached.unreadableFlagged,
                "unreadable flagged \(figures.unreadableFlagged) fell below the ratchet")
            #expect(figures.urgentRecall >= reached.urgentRecall, "urgent recall \(figures.urgentRecall) fell below the ratchet")
            #expect(figures.falseUrgent <= reached.falseUrgent, "info raised to urgent \(figures.falseUrgent) rose past the ratchet")
            #expect(figures.concernFound >= reached.concernFound, "concern found \(figures.concernFound) fell below the ratchet")
            // The floors are not met on this set; recorded as known issues in every run (and failing
            // the day they are met, so the ratchet is taken away then, not forgotten).
            withKnownIssue("issue 15: the floors are not met on \(file)") {
                #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
                #expect(figures.falseUrgent <= Self.maximumFalseUrgent, "info raised to urgent \(figures.falseUrgent)")
                #expect(figures.concernFound >= Self.minimumConcernFound, "concern found \(figures.concernFound)")
                #expect(figures.unreadableFlagged == 1, "unreadable flagged \(figures.unreadableFlagged)")
            }
        } else {
            #expect(figures.unreadableFlagged == 1, "unreadable flagged \(figures.unreadableFlagged)")
            #expect(figures.falseUrgent <= Self.maximumFalseUrgent, "info raised to urgent \(figures.falseUrgent)")
            #expect(figures.concernFound >= Self.minimumConcernFound, "concern found \(figures.concernFound)")
            #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
        }
    }

    @Test("Our own batches meet every floor without the model", arguments: ownBatches)
    func ownBatchMeetsTheFloors(file: String) throws {
        let set = try CrisisEvaluationSet(file: file)
        let figures = set.evaluate(with: CrisisDetector())
        Self.report(file, "without the model", figures)
        #expect(set.messages.count >= 40)
        #expect(figures.falseUrgent <= Self.maximumFalseUrgent, "info raised to urgent \(figures.falseUrgent)")
        #expect(figures.concernFound >= Self.minimumConcernFound, "concern found \(figures.concernFound)")
        if let reached = Self.ownReached[file] {
            #expect(figures.urgentRecall >= reached, "urgent recall \(figures.urgentRecall) fell below the ratchet")
            withKnownIssue("issue 15: urgent recall is below the floor on \(file)") {
                #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
            }
        } else {
            #expect(figures.urgentRecall >= Self.minimumUrgentRecall, "urgent recall \(figures.urgentRecall)")
        }
    }
}
