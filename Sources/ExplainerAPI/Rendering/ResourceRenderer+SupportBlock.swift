import ExplainerContent

extension ResourceRenderer {
    /// The calm sentence an `urgent` block leads with: plain and warm, naming no method, pointing to
    /// the numbers and lines below it.
    package static let urgentMessage =
        "You don't have to face this alone. If you are in danger or hurt right now, please call an emergency number; "
        + "the people on the lines below are there to listen, too."

    /// What a block says when the message could not be read as English.
    package static let notUnderstoodNote =
        "This message could not be read as English, so the international lines come first: "
        + "they can point to help wherever you are."

    /// The block for an assessment in a region: `SupportBlock.choose` over this content's lines.
    package func supportBlock(for assessment: CrisisAssessment, region: String?) -> SupportBlock {
        SupportBlock.choose(for: assessment, region: region, lines: index.supportLines, emergency: index.emergencyLines)
    }

    /// The sentences a block shows under its heading, in order: the calm sentence when urgent, the
    /// language note when the message was not understood.
    package static func supportNotes(for assessment: CrisisAssessment) -> [String] {
        [assessment.urgent ? urgentMessage : nil, assessment.languageUnderstood ? nil : notUnderstoodNote].compactMap { $0 }
    }

    /// What the detector concluded, as search's block and the signal's answer both begin: `level`,
    /// `urgent`, `reasons` (stable ids, never words of the message), `detector_version` and
    /// `language_understood`.
    package func assessmentMembers(_ assessment: CrisisAssessment) -> [(String, JSONDocument)] {
        [
            ("level", .string(assessment.level.rawValue)), ("urgent", .bool(assessment.urgent)),
            ("reasons", .strings(assessment.reasons)), ("detector_version", .string(assessment.detectorVersion)),
            ("language_understood", .bool(assessment.languageUnderstood)),
        ]
    }

    /// Where to turn, in the block's order: the region, the notes, whether emergency numbers come
    /// first, then `emergency` and `lines` written in that same order (a client should read
    /// `emergency_first` rather than rely on member order).
    ///
    /// The lines are always present, whatever the level. Each line's
    /// `helps_people_worried_about_others` is `null` (unknown): no line's own site has been checked
    /// for it yet, and the API never fills in a fact nobody checked.
    package func supportMembers(_ block: SupportBlock, assessment: CrisisAssessment, region: String?) -> [(String, JSONDocument)] {
        var members: [(String, JSONDocument)] = [
            ("region", .optional(region)),
            ("message", .optional(assessment.urgent ? Self.urgentMessage : nil)),
            ("language_note", .optional(assessment.languageUnderstood ? nil : Self.notUnderstoodNote)),
            ("emergency_first", .bool(block.emergencyFirst)),
        ]
        let numbers =
            block.entries.lazy.compactMap { entry -> [EmergencyLine]? in
                if case .emergency(let numbers) = entry { return numbers }
                return nil
            }.first ?? []
        let emergencyMember = ("emergency", emergency(numbers))
        let linesMember = ("lines", JSONDocument.array(block.lines.map(blockLine)))
        members += block.emergencyFirst ? [emergencyMember, linesMember] : [linesMember, emergencyMember]
        return members
    }

    /// Search's `support` member: the assessment, then where to turn.
    package func searchSupport(_ assessment: CrisisAssessment, region: String?) -> JSONDocument {
        let block = supportBlock(for: assessment, region: region)
        return .object(assessmentMembers(assessment) + supportMembers(block, assessment: assessment, region: region))
    }

    /// The answer of `POST /v1/signals`: the assessment at the top, where to turn under `support`.
    package func signal(_ assessment: CrisisAssessment, region: String?) -> JSONDocument {
        let block = supportBlock(for: assessment, region: region)
        return .object(
            assessmentMembers(assessment) + [("support", .object(supportMembers(block, assessment: assessment, region: region)))])
    }

    /// A line as a block lists it: the line, whether it helps people worried about someone else
    /// (null: unknown), and whether it was added because the message could not be read.
    func blockLine(_ entry: SupportBlockLine) -> JSONDocument {
        supportLine(entry.line)
            .setting("helps_people_worried_about_others", entry.helpsPeopleWorriedAboutOthers.map(JSONDocument.bool) ?? .null)
            .setting("international", .bool(entry.international))
    }
}
