extension CrisisDetector {
    /// Records one cue of the risk reading by whom it is about, unless a frame sets it aside: the
    /// risk reading's own frames, negation, a hypothetical, a quote, a figure, the past, or a second
    /// person.
    static func weigh(cue: CrisisMatch, _ reading: CrisisReading, frames: [CrisisMatch], into cues: inout CrisisCues) {
        let id = cue.definition.id
        if riskAsideFrame(cue, reading, frames: frames) != nil || setAsideFrame(.cue, reading) != nil || reading.past {
            cues.setAside.insert(id)
            return
        }
        if frames.contains(where: { $0.definition.id == "frame.everyday" }) {
            cues.setAside.insert(id)
            return
        }
        switch reading.reportedSpeaker ?? reading.person {
        case .first, .implicit: cues.own.insert(id)
        case .third: cues.other.insert(id)
        case .generic, .second: cues.setAside.insert(id)
        }
    }
}
