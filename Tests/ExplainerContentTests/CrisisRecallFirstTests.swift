import ExplainerContent
import Testing

/// crisis-rules/5's design, recall first (see `docs/crisis-detector.md`): the broad risk reading is
/// urgent by default, its cues add up, and only the closed set of exculpating frames sets it aside.
/// Sentences written for these tests, none copied from a set; each urgent case is one crisis-rules/4
/// missed or a new phrasing of the kind it missed.
@Suite("Crisis detector: crisis-rules/5, recall first")
struct CrisisRecallFirstTests {
    static let detector = CrisisDetector(classifier: nil)

    @Test(
        "A word of dying, not being here, ending things, a goodbye or a burden, from the writer or no one named, is urgent",
        arguments: [
            "honestly i'd be fine not existing", "i keep picturing my own funeral and it feels calm",
            "everyone would be relieved if i was out of the picture", "i can't keep myself safe tonight",
            "i'm just a burden on everyone", "i finished with all of it today", "i can't face another morning",
            "my family would move on quickly, they always do", "stopped wanting to try",
        ])
    func riskReadingIsUrgent(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .urgent, "\(text): \(assessment.reasons)")
        #expect(
            assessment.reasons.contains("self.risk-reading") || assessment.reasons.contains("person.self"), "\(text): \(assessment.reasons)"
        )
    }

    @Test(
        "One cue of distress, finality or a decision from the writer is urgent; a time alone is not",
        arguments: [
            ("i'm so numb all the time lately", CrisisLevel.urgent), ("i just want to rest forever", .urgent),
            ("there's a quiet part of me that's already decided", .urgent), ("i deleted all my accounts and said sorry to mum", .urgent),
            ("i have a date tonight!", .info), ("what should i cook tomorrow", .info),
        ])
    func cuesAddUp(text: String, level: CrisisLevel) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == level, "\(text): \(assessment.reasons)")
    }

    @Test(
        "Exculpating frames set the risk reading aside: figures, everyday objects, how-to questions, noun modifiers, denial",
        arguments: [
            "this commute is killing me", "my laptop battery is dying again", "the comedian absolutely killed it",
            "how to write a farewell card for a colleague", "dying light is my favourite game", "how do i get rid of a dead plant",
            "i'm not suicidal, just worn out from exams", "i'm ready to give up on learning the piano",
            "saying goodbye to the office tomorrow, we go remote", "i've decided to quit sugar this month",
        ])
    func framesSetItAside(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .info, "\(text): \(assessment.reasons)")
    }

    @Test("A strong risk word stands beside an everyday object in another clause; a cue does not")
    func objectsReachOnlyTheirClauseForStrongWords() {
        let strong = Self.detector.assess("work was awful again. everyone would be better off without me")
        #expect(strong.level == .urgent, "\(strong.reasons)")
        let cue = Self.detector.assess("so tired after the exam. going to rest")
        #expect(cue.level == .info, "\(cue.reasons)")
    }

    @Test(
        "The risk reading about someone else is concern; two of their cues, or one with a weak signal, too",
        arguments: [
            "my cousin says she won't be around much longer", "my flatmate keeps saying he's a burden",
            "my friend has stopped eating and says nothing matters anymore",
        ])
    func aboutSomeoneElseIsConcern(text: String) {
        let assessment = Self.detector.assess(text)
        #expect(assessment.level == .concern, "\(text): \(assessment.reasons)")
    }

    @Test("Reasons name the risk reading by its id and the cues that were set aside, never the text")
    func reasonsAreIds() {
        let assessment = Self.detector.assess("i'm so numb all the time lately")
        #expect(assessment.reasons.contains("self.risk-reading"))
        #expect(assessment.reasons.allSatisfy { !$0.contains(" ") })
    }
}
