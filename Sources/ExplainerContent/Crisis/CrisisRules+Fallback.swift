extension CrisisRules {
    /// crisis-rules/4: the safe answer for wording no other rule was written for. The writer (or no
    /// one named) and a word of dying or not being there in one clause, with nothing framing it
    /// (no question or research about no one, no past, negation, hypothetical, figure or quote), is
    /// urgent: a missed person is the worst failure, and each new writer brings words the rules lack.
    static let fallback: [CrisisRule] = [
        rule(
            "self.danger-words", .risk,
            "{i|me|myself|i am|i have|i will|i would|i just|i really} *4 {die|dying|be dead|suicide|suicidal|not exist|not be here|not being here|disappear|end it|end things|end my life|kill myself|gone forever|not wake up|not be alive|not alive|not be around|stop living|not living|no longer living|no longer here|better dead|better off dead|rather be dead}"
        )
    ]
}
