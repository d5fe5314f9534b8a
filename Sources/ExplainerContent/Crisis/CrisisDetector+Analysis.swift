extension CrisisDetector {
    /// How many words a message may have for a bare "suicide" to count as urgent: a search-box
    /// query or a one-line message that names it and nothing else.
    static let bareTopicWords = 6
    /// How many words a message may have for a vague intent alone ("i'm going to do it") to be urgent.
    static let shortVagueWords = 6
    /// The fallback rule's id (`CrisisRules.fallback`).
    static let fallbackID = "self.danger-words"
    /// The risk reading's id (`CrisisRules.riskReading`).
    static let riskReadingID = "self.risk-reading"
    /// The broad rules, which read only words no other rule read.
    static let broadIDs: Set<String> = [fallbackID, riskReadingID]

    /// The rules' verdict on one message alone.
    static func analyse(_ message: Substring) -> CrisisAnalysis {
        analyse(CrisisNormalizer.text(message))
    }

    /// The rules' verdict on one normalised message alone.
    static func analyse(_ text: CrisisText) -> CrisisAnalysis {
        var analysis = CrisisAnalysis()
        analysis.languageUnderstood = CrisisLanguageCheck.understood(text)
        let matches = CrisisRuleIndex.shared.matches(in: text.tokens)
        let words = text.tokens.map(\.word)
        guard !matches.isEmpty else { return analysis }
        let frames = matches.filter { isFrame($0.definition.kind) }
        analysis.immediacy = frames.contains { $0.definition.kind == .immediacy }
        let recency = frames.contains { $0.definition.kind == .recency || $0.definition.kind == .immediacy }
        let asking = frames.contains { $0.definition.kind == .concernAsk }
        let anyFraming = frames.contains { [.question, .document, .reported, .past, .hypothetical].contains($0.definition.kind) }
        // Weak signals count once per stretch of words: "say goodbye" is one signal, not two.
        var weakSpans: [Range<Int>] = []
        var vagueSpans: [Range<Int>] = []
        var otherWeak = 0
        var ambivalent = false
        var acts: [String] = []
        var cues = CrisisCues()

        for core in matches where !isFrame(core.definition.kind) {
            let rule = core.definition
            // The fallback reads only words no other rule read: where one did, its reading stands.
            // The risk reading also reads words a weak or vague signal read ("counting down the days").
            if broadIDs.contains(rule.id),
                matches.contains(where: {
                    let other = $0.definition
                    let weakOnly = rule.id == riskReadingID && (other.kind == .weak || other.kind == .vague)
                    return !broadIDs.contains(other.id) && !isFrame(other.kind) && other.kind != .cue && !weakOnly && $0.overlaps(core)
                })
            {
                continue
            }
            let reading = read(core, tokens: text.tokens, words: words, frames: frames)
            if rule.kind == .cue {
                // A cue inside words another rule read is that rule's ("end it with my boyfriend"); a
                // weak or vague signal counts for itself, not again as the cue in its words.
                let readElsewhere = matches.contains { $0.definition.kind != .cue && !isFrame($0.definition.kind) && $0.overlaps(core) }
                if readElsewhere { continue }
                weigh(cue: core, reading, frames: frames, into: &cues)
                continue
            }
            if rule.id == riskReadingID, let frame = riskAsideFrame(core, reading, frames: frames) {
                analysis.aside(rule.id)
                analysis.aside(frame)
                continue
            }
            // "last day at my job, saying goodbye to everyone": a goodbye to a place, set aside.
            let everyday = frames.contains { $0.definition.id == "frame.everyday" && $0.definition.kind == .document }
            if everyday && (rule.id == "self.farewell" || rule.id == "self.plan" || rule.kind == .weak || rule.kind == .vague) {
                analysis.aside(rule.id)
                analysis.aside("frame.everyday")
                continue
            }
            if let frame = setAsideFrame(rule.kind, reading) {
                analysis.aside(rule.id)
                analysis.aside(frame)
                let aboutWriter = reading.person == .first || reading.person == .implicit
                if aboutWriter && rule.kind == .risk && (reading.negated || reading.hypothetical) { ambivalent = true }
                continue
            }
            var person = reading.person
            if let speaker = reading.reportedSpeaker { person = speaker }
            switch person {
            case .second:
                analysis.aside(rule.id)
                analysis.aside("frame.second-person")
            case .generic:
                if rule.kind == .medical && !reading.question && !reading.document {
                    raise(&analysis, rule.id, medical: true, aboutWriter: false)
                } else {
                    analysis.aside(rule.id)
                    analysis.aside("frame.generic-person")
                }
            case .third:
                let documented = reading.documentBefore || (reading.document && (rule.kind == .act || rule.kind == .topic))
                if documented || reading.past {
                    analysis.aside(rule.id)
                    analysis.aside(reading.past ? "frame.past" : "frame.document")
                } else if rule.kind == .medical {
                    raise(&analysis, rule.id, medical: true, aboutWriter: false)
                    analysis.reason("person.other")
                } else if rule.kind == .weak || rule.kind == .vague {
                    otherWeak += 1
                    analysis.aside(rule.id)
                } else {
                    if analysis.level < .concern { analysis.level = .concern }
                    analysis.reason(rule.id)
                    analysis.reason("person.other")
                }
            case .first, .implicit:
                if reading.past {
                    analysis.aside(rule.id)
                    analysis.aside("frame.past")
                    continue
                }
                let framed = reading.question || reading.document
                if person == .implicit && framed && rule.kind != .methodSeeking {
                    analysis.aside(rule.id)
                    analysis.aside(reading.question ? "frame.question" : "frame.document")
                    continue
                }
                switch rule.kind {
                case .risk, .methodSeeking:
                    if rule.kind == .methodSeeking && reading.documentBefore {
                        analysis.aside(rule.id)
                        analysis.aside("frame.document")
                    } else {
                        raise(&analysis, rule.id, medical: false)
                    }
                case .medical:
                    raise(&analysis, rule.id, medical: true)
                case .act:
                    acts.append(rule.id)
                case .topic:
                    if person == .implicit && !anyFraming && text.tokens.count <= bareTopicWords {
                        raise(&analysis, rule.id, medical: false)
                    } else {
                        analysis.aside(rule.id)
                    }
                case .weak:
                    if !weakSpans.contains(where: { $0.overlaps(core.start..<core.end) }) { weakSpans.append(core.start..<core.end) }
                    analysis.weak = true
                    analysis.aside(rule.id)
                case .vague:
                    if !vagueSpans.contains(where: { $0.overlaps(core.start..<core.end) }) { vagueSpans.append(core.start..<core.end) }
                    analysis.vague = true
                    analysis.aside(rule.id)
                default:
                    break
                }
            }
        }

        if analysis.level != .urgent {
            if !acts.isEmpty {
                analysis.act = true
                if recency || analysis.weak || analysis.vague {
                    for id in acts { raise(&analysis, id, medical: false) }
                    if recency { analysis.reason("time.recent") }
                } else {
                    for id in acts { analysis.aside(id) }
                }
            }
            // A vague intent is urgent with a second one ("getting everything ready … almost time") or
            // alone in a short message with nothing else said ("IM GOING TO DO IT").
            // Words that are both a weak and a vague signal ("don't try to stop me") count once.
            let weakApart = weakSpans.contains { span in
                !vagueSpans.contains { $0.contains(span.lowerBound) && span.upperBound <= $0.upperBound }
            }
            let shortVague = analysis.vague && !weakApart && text.tokens.count <= shortVagueWords && !anyFraming
            let combined =
                weakSpans.count >= 2 || (analysis.weak && analysis.immediacy) || (analysis.vague && analysis.immediacy)
                || (analysis.vague && (weakApart || ambivalent)) || vagueSpans.count >= 2 || shortVague
            if combined {
                if analysis.weak { raise(&analysis, "self.distress", medical: false) }
                if analysis.vague { raise(&analysis, "self.vague-intent", medical: false) }
                if analysis.immediacy { analysis.reason("time.now") }
            }
        }
        cues.decide(&analysis, otherWeak: otherWeak)
        if analysis.level == .info && otherWeak > 0 && (asking || analysis.immediacy || otherWeak >= 2) {
            analysis.level = .concern
            analysis.reason("other.worried")
            analysis.reason("person.other")
        }
        if analysis.level == .urgent && analysis.immediacy { analysis.reason("time.now") }
        return analysis
    }

    /// Why the risk reading or a cue is set aside before it is weighed, or `nil`: its own frames (a
    /// how-to or a denial anywhere, a figure or an everyday loss or object anywhere for a cue and in
    /// its clause for the risk reading's own words), a noun modifier
    /// ("dying light", "dead mouse"), a question when no one is named, and a
    /// document or an everyday event anywhere in the message. The other rules let the writer's own
    /// words stand in a question ("i want to die, what is the point"); the risk reading is broad,
    /// so any informational frame outweighs it.
    static func riskAsideFrame(_ core: CrisisMatch, _ reading: CrisisReading, frames: [CrisisMatch]) -> String? {
        // A how-to question or a denial governs the message; a figure or an everyday object sets aside
        // a cue anywhere, but the risk reading's own words only in its clause ("work was awful today.
        // everyone would be better off without me" is still the writer's danger).
        let wholeMessage: Set<String> = ["frame.question", "frame.negated"]
        let cue = core.definition.kind == .cue
        if let frame = frames.first(where: {
            $0.definition.kind == .figure && (cue || wholeMessage.contains($0.definition.id) || $0.clause == core.clause)
        }) {
            return frame.definition.id
        }
        if reading.compound { return "frame.compound" }
        if frames.contains(where: { $0.definition.id == "frame.everyday" && $0.definition.kind == .document }) { return "frame.everyday" }
        // A question about a subject outweighs it when no one is named; the writer's own words in a
        // question ("why am i even still here") stand.
        if reading.question && reading.person == .implicit { return "frame.question" }
        if reading.document { return "frame.document" }
        return nil
    }

    /// Why a core match is set aside whoever it is about, or `nil` to weigh it further.
    static func setAsideFrame(_ kind: CrisisRule.Kind, _ reading: CrisisReading) -> String? {
        if reading.negated { return "frame.negated" }
        if reading.hypothetical { return "frame.hypothetical" }
        if reading.quoted { return "frame.quoted" }
        if reading.hyperbole { return "frame.hyperbole" }
        if reading.mention { return "frame.mention" }
        if reading.compound { return "frame.compound" }
        return nil
    }

    /// Marks the analysis urgent for a rule.
    ///
    /// `person.self` is added when the signal is about the writer, so a reader of the reasons can
    /// tell a writer in danger from a witness to a medical emergency (`person.other`).
    static func raise(_ analysis: inout CrisisAnalysis, _ id: String, medical: Bool, aboutWriter: Bool = true) {
        analysis.level = .urgent
        analysis.reason(id)
        if aboutWriter { analysis.reason("person.self") }
        analysis.selfRisk = true
        if medical { analysis.medicalEmergency = true }
    }

    /// Whether a kind frames or times other signals rather than being one.
    static func isFrame(_ kind: CrisisRule.Kind) -> Bool {
        switch kind {
        case .question, .document, .reported, .past, .hypothetical, .immediacy, .recency, .concernAsk, .figure: true
        default: false
        }
    }
}
