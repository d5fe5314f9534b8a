extension CrisisDetector {
    /// The lexical layer's reason when it raised a message to `urgent`.
    static let lexicalUrgentID = "lexical.urgent"
    /// The lexical layer's reason when it found someone else at risk.
    static let lexicalConcernID = "lexical.concern"
    /// The lexical layer's reason when it set a rule's `urgent` aside.
    static let lexicalNotUrgentID = "lexical.not-urgent"
    /// Rules that say the writer's danger outright (intent, a plan, being unable to stop or to stay
    /// safe): their `urgent` is set aside only when the classifier is all but sure
    /// (`protectedRuleWeight`), and never with a time now or recent. The broad recall-first rules
    /// (the risk reading, cues, distress, farewells) are not here: they are where the classifier's
    /// judgement pays. The same list as `PROTECTED` in scripts/train-crisis-classifier.py.
    static let protectedRuleIDs: Set<String> = [
        "self.intent-to-die", "self.intent-to-harm", "self.suicidal", "self.plan", "self.unable-to-stop", "self.unsafe",
        "self.method-seeking",
    ]

    /// Weighs the rules' reading of one message with the lexical classifier's.
    ///
    /// A message is `urgent` when the classifier's probability of it, plus the classifier's
    /// `ruleWeight` where a rule found it urgent (`protectedRuleWeight` for a rule that says the
    /// writer's danger outright), reaches `raiseThreshold`, or when the rules found a medical
    /// emergency (emergency numbers must come first) or said the writer's danger outright with a
    /// time now or recent ("also i want to die tonight" at the end of a long question). So the
    /// classifier raises what the rules missed, and sets a rule's `urgent` aside only where it is
    /// fairly sure the rule misread ("gonna kms if this queue doesn't move"): the broad rules spend
    /// the false-alarm budget on recall, and without that the two layers' false alarms would add up
    /// past the bound.
    /// Otherwise someone else is at risk (`concern`) when the rules or the classifier say so.
    /// A message the language check could not read keeps the rules' level.
    static func weigh(_ probabilities: CrisisClassifier.Probabilities, by classifier: CrisisClassifier, into analysis: inout CrisisAnalysis)
    {
        guard analysis.languageUnderstood else { return }
        let ruleUrgent = analysis.level == .urgent
        // Every id that matched, deciding or set aside: what the trainer reads from the assessment.
        let matched = Set(analysis.reasons + analysis.setAside)
        let outright = ruleUrgent && matched.contains("person.self") && !matched.isDisjoint(with: protectedRuleIDs)
        let now = outright && (matched.contains("time.now") || matched.contains("time.recent"))
        let weight = outright ? classifier.protectedRuleWeight : ruleUrgent ? classifier.ruleWeight : 0
        if probabilities.urgent + weight >= classifier.raiseThreshold || (ruleUrgent && (analysis.medicalEmergency || now)) {
            analysis.level = .urgent
            if probabilities.urgent >= classifier.raiseThreshold { analysis.reason(lexicalUrgentID) }
            return
        }
        if ruleUrgent {
            for id in analysis.reasons { analysis.aside(id) }
            analysis.reasons = [lexicalNotUrgentID]
            analysis.setAside.removeAll { $0 == lexicalNotUrgentID }
            analysis.level = .info
        }
        if analysis.level == .info, probabilities.concern > probabilities.info {
            analysis.level = .concern
            analysis.reason(lexicalConcernID)
        }
    }
}
