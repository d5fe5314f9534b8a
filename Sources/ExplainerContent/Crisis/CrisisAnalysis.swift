/// What the rules found in one message, before context and the similarity seam are weighed.
struct CrisisAnalysis: Sendable, Hashable {
    /// The level from this message alone.
    var level: CrisisLevel = .info
    /// Ids of the rules that set the level.
    var reasons: [String] = []
    /// Ids of rules that matched without setting the level, and of the frames that set them aside.
    var setAside: [String] = []
    /// Whether a medical emergency is described.
    var medicalEmergency = false
    /// Whether the language check passed.
    var languageUnderstood = true
    /// The writer's own danger was named (a risk, method or medical signal about the writer).
    var selfRisk = false
    /// An intent without an object, about the writer.
    var vague = false
    /// Distress that is not danger alone, about the writer.
    var weak = false
    /// A time word: "tonight", "right now".
    var immediacy = false
    /// An act of self-harm by the writer that did not raise the level alone.
    var act = false

    /// Adds a reason once.
    mutating func reason(_ id: String) {
        if !reasons.contains(id) { reasons.append(id) }
    }

    /// Records a rule or frame that matched without deciding.
    mutating func aside(_ id: String) {
        if !setAside.contains(id) && !reasons.contains(id) { setAside.append(id) }
    }
}
