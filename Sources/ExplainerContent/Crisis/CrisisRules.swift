/// The detector's rules, as data: named phrase groups and, per rule, its id, kind and patterns.
///
/// Rules describe language about danger (wanting not to live, being unable to stop, saying goodbye,
/// asking how to die), never a method. Ids are stable: they are what `CrisisAssessment.reasons`
/// reports and what dashboards count; a rule that changes meaning gets a new id.
enum CrisisRules {
    /// Every rule, in the order reasons are reported; crisis-rules/4's classes (the `CrisisRules+*`
    /// files) come after the rules they widen, under the same ids.
    static let all: [CrisisRule] =
        risk + absence + farewells + medical + fallback + riskReading + other + signals + framing + framing4 + riskAside + cues

    /// Builds a rule from its patterns' text.
    static func rule(_ id: String, _ kind: CrisisRule.Kind, _ patterns: String...) -> CrisisRule {
        CrisisRule(id: id, kind: kind, patterns: patterns.map { CrisisPattern($0, groups: groups) })
    }
}
