extension CrisisRules {
    /// crisis-rules/4: framing that new writers' informational messages showed: recovery said in
    /// the present ("genuinely happy now"), writing guidance about the subject, care questions, and
    /// everyday leaving and plans (`frame.everyday`: a last day at work, a trip, a concert), which set
    /// aside a goodbye, a plan or a weak or vague signal but never a danger named outright.
    static let framing4: [CrisisRule] = [
        rule(
            "frame.recovered", .past, "{genuinely|really|truly|actually|so} happy now",
            "even though i am {genuinely|really|truly|actually|} {happy|okay|fine|doing well|better|good|safe} {now|}"),
        rule(
            "frame.document", .document, "content warning", "trigger warning", "wording", "examples", "how do hospitals",
            "how do {doctors|paramedics|nurses|hospitals|they} treat", "laws", "legal in", "comparison"),
        // Leaving a job, a school or for a trip: a goodbye to a place, not to life.
        rule(
            "frame.everyday", .document, "last day {at|of|in} {my|the|this|} {job|work|school|office|class|uni|college|team|internship}",
            "{hiking|brunch|cinema|pizza|dinner|lunch|breakfast|shopping|picnic|beach|football|concert|party|gig|festival|movies|date night|proposing|propose|wedding|holiday|first day}",
            "{camping|holiday|vacation|business|school|road|work|family} trip", "{go|going} offline for", "{logging|signing|log|sign} off",
            "done for the day", "see you tomorrow",
            "{social media|digital|phone} {break|detox}", "{moving|move} to {a new|another|the}",
            "{leaving|left} {my|the} {job|company|team}"),
    ]
}
