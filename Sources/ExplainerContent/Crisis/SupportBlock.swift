/// The support block for one assessed message: which lines and numbers, in which order, and whether
/// it leads the answer.
///
/// The order (issue 15): emergency numbers first when the message is `urgent` or describes a
/// medical emergency, before any crisis line; otherwise the lines first and the numbers last. The
/// lines are always present, whatever the level. When the language was not understood, the
/// international lines (regions `*`) come first, then the region's own, since the writer may be
/// anywhere. The region's lines are those listing its code; with no region or no line of its own,
/// the `*` lines; its emergency numbers, else all of them (the same fallbacks as `/v1/support`).
public struct SupportBlock: Sendable, Hashable {
    /// The entries in display order.
    public var entries: [SupportBlockEntry]
    /// Whether the block goes before the answer (`urgent`), rather than after it.
    public var leads: Bool
    /// Whether emergency numbers are the first entry.
    public var emergencyFirst: Bool

    /// Creates a block; `choose` is the usual way.
    public init(entries: [SupportBlockEntry], leads: Bool, emergencyFirst: Bool) {
        self.entries = entries
        self.leads = leads
        self.emergencyFirst = emergencyFirst
    }

    /// The support lines in the block, in order.
    public var lines: [SupportBlockLine] {
        entries.compactMap { entry in
            if case .line(let line) = entry { return line }
            return nil
        }
    }

    /// Chooses the block for an assessment and a region.
    ///
    /// - Parameters:
    ///   - assessment: the message's assessment.
    ///   - region: an upper-case ISO 3166-1 alpha-2 code, or `nil` when unknown.
    ///   - lines: every support line (`ContentIndex.supportLines`).
    ///   - emergency: every emergency number (`ContentIndex.emergencyLines`).
    public static func choose(for assessment: CrisisAssessment, region: String?, lines: [SupportLine], emergency: [EmergencyLine])
        -> SupportBlock
    {
        let international = lines.filter { $0.regions.contains("*") }
        let regional = region.map { code in lines.filter { $0.regions.contains(code) } } ?? []
        var chosen: [SupportBlockLine] = []
        if !assessment.languageUnderstood {
            chosen += international.map { SupportBlockLine(line: $0, international: true) }
        }
        for line in regional.isEmpty ? international : regional where !chosen.contains(where: { $0.line.id == line.id }) {
            chosen.append(SupportBlockLine(line: line, international: false))
        }
        let regionalEmergency = region.map { code in emergency.filter { $0.regions.contains(code) } } ?? []
        let numbers = SupportBlockEntry.emergency(regionalEmergency.isEmpty ? emergency : regionalEmergency)
        let emergencyFirst = assessment.urgent || assessment.medicalEmergency
        let lineEntries = chosen.map(SupportBlockEntry.line)
        return SupportBlock(
            entries: emergencyFirst ? [numbers] + lineEntries : lineEntries + [numbers], leads: assessment.urgent,
            emergencyFirst: emergencyFirst)
    }
}
