/// One rule: a stable id (reported as a reason), what kind of signal it is, and its patterns.
struct CrisisRule: Sendable, Hashable {
    /// What a match of the rule means; `CrisisDetector` weighs each kind differently.
    enum Kind: Sendable, Hashable {
        /// Wanting not to live, or to harm oneself: intent, hopelessness about living, a plan, a
        /// farewell, feeling unsafe, being unable to stop. Urgent for the writer, concern for another.
        case risk
        /// A medical emergency now (an overdose, bleeding that will not stop, someone unresponsive).
        case medical
        /// Asking how to die or how much it would take. Urgent even when phrased as a question.
        case methodSeeking
        /// An act of self-harm: urgent with recency or another signal, concern for another, else info.
        case act
        /// Naming suicide with nothing else: urgent only when nothing frames it.
        case topic
        /// Distress that is not danger alone ("hopeless", "i give up"): urgent only with another signal.
        case weak
        /// An intent without an object ("i am going to do it", "i have decided"): urgent with immediacy
        /// or with an earlier message that named the danger.
        case vague
        /// Someone asking how to help another person ("i am worried about", "what do i do").
        case concernAsk
        /// When: "tonight", "right now".
        case immediacy
        /// Just happened or happening again: "again", "last night".
        case recency
        /// A question about a subject rather than the writer's own state ("what is", "signs of").
        case question
        /// Research, statistics, media, fiction or the explainer itself.
        case document
        /// Reported words: "says", "lyrics", "quote".
        case reported
        /// Speaking of the past or of recovery: "used to", "years ago", "clean for".
        case past
        /// Hypothetical framing: "if", "what if", "hypothetically".
        case hypothetical
        /// A frame of the risk reading alone (crisis-rules/5): a figure of speech, an everyday loss or
        /// goodbye, the writer's denial. It sets aside `self.risk-reading` in its clause (a denial, in
        /// the whole message), never a danger another rule named.
        case figure
        /// A cue of the risk reading (crisis-rules/5): a word that alone says little, but with a cue of
        /// another class in the message is urgent for the writer (concern for someone else).
        case cue
    }

    /// The stable id, e.g. `self.intent-to-die`.
    let id: String
    /// What a match means.
    let kind: Kind
    /// The patterns, any of which matches.
    let patterns: [CrisisPattern]
}
