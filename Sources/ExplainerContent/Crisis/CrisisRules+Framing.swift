extension CrisisRules {
    /// crisis-rules/4: framing that new writers' informational messages showed: recovery said in
    /// the present ("genuinely happy now"), writing guidance about the subject, care questions.
    static let framing4: [CrisisRule] = [
        rule(
            "frame.recovered", .past, "{genuinely|really|truly|actually|so} happy now",
            "even though i am {genuinely|really|truly|actually|} {happy|okay|fine|doing well|better|good|safe} {now|}"),
        rule(
            "frame.document", .document, "content warning", "trigger warning", "wording", "examples", "how do hospitals",
            "how do {doctors|paramedics|nurses|hospitals|they} treat", "laws", "legal in", "comparison"),
    ]
}
