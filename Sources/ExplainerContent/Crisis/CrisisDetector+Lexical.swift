extension CrisisDetector {
    /// The lexical layer's reason when it raised a message to `urgent`.
    static let lexicalUrgentID = "lexical.urgent"
    /// The lexical layer's reason when it found someone else at risk.
    static let lexicalConcernID = "lexical.concern"
    /// The lexical layer's reason when it set a rule's `urgent` aside.
    static let lexicalNotUrgentID = "lexical.not-urgent"

    /// Weighs the rules' reading of one message with the lexical classifier's.
    ///
    /// A message is `urgent` when the classifier's probability of it, plus the classifier's
    /// `ruleWeight` where a rule found it urgent, reaches `raiseThreshold`, or when the rules found a
    /// medical emergency (emergency numbers must come first). So the classifier raises what the
    /// rules missed, and sets a rule's `urgent` aside only where it is fairly sure the rule misread
    /// ("gonna kms if this queue doesn't move"): the broad rules spend the false-alarm budget on
    /// recall, and without that the two layers' false alarms would add up past the bound.
    /// Otherwise someone else is at risk (`concern`) when the rules or the classifier say so.
    /// A message the language check could not read keeps the rules' level.
    static func weigh(_ probabilities: CrisisClassifier.Probabilities, by classifier: CrisisClassifier, into analysis: inout CrisisAnalysis)
    {
        guard analysis.languageUnderstood else { return }
        let ruleUrgent = analysis.level == .urgent
        let score = probabilities.urgent + (ruleUrgent ? classifier.ruleWeight : 0)
        if score >= classifier.raiseThreshold || (ruleUrgent && analysis.medicalEmergency) {
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
