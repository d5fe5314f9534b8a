/// Where one rule matched: the rule's position in `CrisisRules.all` and the words it covered.
struct CrisisMatch: Sendable, Hashable {
    /// Index into `CrisisRules.all`.
    var rule: Int
    /// First word covered.
    var start: Int
    /// Just past the last word covered.
    var end: Int
    /// The clause of the first word.
    var clause: Int

    /// The rule that matched.
    var definition: CrisisRule { CrisisRules.all[rule] }
    /// Whether the two spans share a word.
    func overlaps(_ other: CrisisMatch) -> Bool { start < other.end && other.start < end }
}
