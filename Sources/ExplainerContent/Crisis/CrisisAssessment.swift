/// What the detector concluded about one message: the level, why, and what the support block needs.
///
/// `reasons` are stable rule ids (`self.intent-to-die`, `medical.overdose`, `frame.negated`, …;
/// see `docs/crisis-detector.md`), never words of the message, so they can be logged and counted
/// without keeping what a person wrote. Rules that fired but were set aside by framing are reported
/// too (a `frame.*` id says why), so a reader of the logs can see both.
public struct CrisisAssessment: Sendable, Hashable {
    /// The level a chatbot acts on.
    public var level: CrisisLevel
    /// The stable ids of the rules and signals behind the level, in rule order, each once.
    public var reasons: [String]
    /// Whether the detector could read the message as English; when false the support block adds
    /// the international lines and the level is at least `concern`, never a confident `info`.
    public var languageUnderstood: Bool
    /// Whether the message describes a medical emergency now; emergency numbers then come first.
    public var medicalEmergency: Bool
    /// The detector that decided, e.g. `crisis-rules/6` (see `CrisisDetector.version`).
    public var detectorVersion: String

    /// True when `level` is `urgent`: the support block leads, emergency numbers first.
    public var urgent: Bool { level == .urgent }

    /// Creates an assessment.
    public init(level: CrisisLevel, reasons: [String], languageUnderstood: Bool, medicalEmergency: Bool, detectorVersion: String) {
        self.level = level
        self.reasons = reasons
        self.languageUnderstood = languageUnderstood
        self.medicalEmergency = medicalEmergency
        self.detectorVersion = detectorVersion
    }
}
