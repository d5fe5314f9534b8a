/// The cue classes of the risk reading found in one message (crisis-rules/5), by whom.
///
/// A cue alone says little, but the ways of saying danger are open-ended: one cue of distress,
/// finality or a decision about the writer (or no one named), set aside by no frame, makes the
/// message urgent (a time alone does not), and two classes about someone else `concern`. With a
/// cue of its own, a weak or vague signal of the other rules counts as a distress or decision cue.
struct CrisisCues: Sendable, Hashable {
    /// Cue ids said by the writer or by no one named, not set aside.
    var own: Set<String> = []
    /// Cue ids said of a particular other person, not set aside.
    var other: Set<String> = []
    /// Cue ids that matched and were set aside.
    var setAside: Set<String> = []

    /// Raises the analysis when two classes meet; records the cues either way.
    /// `otherWeak` counts weak or vague signals of the other rules about someone else, each as one
    /// more class.
    func decide(_ analysis: inout CrisisAnalysis, otherWeak: Int) {
        // With a cue of its own, a weak or vague signal of the other rules is a cue of its kind.
        var mine = own
        if !own.isEmpty {
            if analysis.weak { mine.insert("cue.distress") }
            if analysis.vague { mine.insert("cue.decision") }
        }
        // Spending the false-alarm budget on recall: one cue of distress, finality or decision is
        // enough; a time alone ("a date tonight") is not.
        let enough = mine.count >= 2 || mine.contains { $0 != "cue.time" }
        if analysis.level != .urgent && enough {
            CrisisDetector.raise(&analysis, CrisisDetector.riskReadingID, medical: false)
            for id in own.sorted() { analysis.aside(id) }
        } else if analysis.level == .info && !other.isEmpty && other.count + otherWeak >= 2 {
            analysis.level = .concern
            analysis.reason("other.worried")
            analysis.reason("person.other")
        }
        for id in (own.union(other).union(setAside)).sorted() { analysis.aside(id) }
    }
}
