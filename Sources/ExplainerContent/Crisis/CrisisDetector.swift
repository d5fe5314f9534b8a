/// Tells a chatbot whether a message signals danger: `urgent`, `concern` or `info`, with stable reasons.
///
/// Layers (see `docs/crisis-detector.md`): `CrisisNormalizer` reads case, apostrophes, spacing,
/// misspellings and shorthand; `CrisisRules` find meaning (first person, intent or inability, harm
/// or not living, immediacy, farewells, hopelessness, medical emergencies) and the frames that weigh
/// against it (negation, third person, hypotheticals, the past, questions, research and quotes);
/// `CrisisLanguageCheck` says when the message is not English the rules can read; `context` lets a
/// signal that builds over turns count; and an optional `CrisisSimilarity` (a sentence-embedding
/// model over `CrisisExemplarBank`) may raise a message to `urgent`, never lower one.
///
/// The detector never fails and never throws: oversized input is cut to `CrisisLimits`, and a
/// missing, busy or failing model leaves the rules to answer alone. It errs toward help: a missed
/// person is the worst failure, so since crisis-rules/5 any word of the risk reading's classes about
/// the writer, or a single cue, is urgent unless one of a closed set of exculpating frames sets it
/// aside, and the false-alarm budget is spent on that recall; but a research question that raised
/// `urgent` would derail a chatbot, so framing is read too.
public struct CrisisDetector: Sendable {
    /// The rules' version; it changes whenever a rule or a threshold changes meaning.
    public static let version = "crisis-rules/6"

    /// The bounds on text and context.
    public let limits: CrisisLimits
    /// The lexical classifier weighed with the rules (`CrisisClassifier.standard`), or `nil` for
    /// the hand-written rules only (what its trainer compares with).
    public let classifier: CrisisClassifier?
    /// The embedding seam, or `nil` for rules alone.
    public let similarity: (any CrisisSimilarity)?
    /// The cosine similarity to an urgent exemplar at or above which a message is raised to `urgent`.
    public let similarityThreshold: Double

    /// Creates a detector.
    ///
    /// - Parameters:
    ///   - limits: the input bounds (8 KiB, 10 context messages by default).
    ///   - classifier: the lexical layer; `nil` leaves the hand-written rules alone.
    ///   - similarity: a sentence-embedding seam; `nil` (the default) uses the rules alone.
    ///   - similarityThreshold: how close to an urgent exemplar raises a message (default 0.8).
    public init(
        limits: CrisisLimits = CrisisLimits(), classifier: CrisisClassifier? = .standard, similarity: (any CrisisSimilarity)? = nil,
        similarityThreshold: Double = 0.8
    ) {
        self.limits = limits
        self.classifier = classifier
        self.similarity = similarity
        self.similarityThreshold = similarityThreshold
    }

    /// Assesses a message, with up to `limits.maximumContextMessages` earlier messages (oldest first).
    ///
    /// Only the last messages of `context` count. Context can raise the level (an earlier "i've
    /// decided" and now "tonight"), never lower it.
    public func assess(_ text: String, context: [String] = []) -> CrisisAssessment {
        var analysis = analyse(limits.bounded(text))
        if analysis.level != .urgent, analysis.languageUnderstood, !context.isEmpty {
            let earlier = context.suffix(limits.maximumContextMessages).map { analyse(limits.bounded($0)) }
            if Self.builds(current: analysis, earlier: earlier) {
                analysis.level = .urgent
                analysis.reason("context.builds")
            }
        }
        var version = Self.version
        if analysis.level != .urgent, analysis.languageUnderstood, let similarity {
            version += "+" + similarity.modelVersion
            if let match = similarity.nearestUrgentExemplar(to: String(limits.bounded(text))), match.score >= similarityThreshold {
                analysis.level = .urgent
                analysis.reason("model.exemplar-urgent")
            }
        }
        if !analysis.languageUnderstood {
            analysis.reason("language.not-understood")
            if analysis.level < .concern { analysis.level = .concern }
        }
        var reasons: [String] = []
        for id in analysis.reasons + analysis.setAside where !reasons.contains(id) { reasons.append(id) }
        return CrisisAssessment(
            level: analysis.level, reasons: reasons, languageUnderstood: analysis.languageUnderstood,
            medicalEmergency: analysis.medicalEmergency, detectorVersion: version)
    }

    /// The rules' reading of one message, weighed with the lexical classifier's when there is one.
    /// A message without a word (empty, or punctuation only) is left to the rules: the classifier
    /// would read only its bias.
    func analyse(_ message: Substring) -> CrisisAnalysis {
        let text = CrisisNormalizer.text(message)
        var analysis = Self.analyse(text)
        if let classifier, analysis.languageUnderstood, !text.tokens.isEmpty {
            let features = CrisisClassifierFeatures.of(text, asking: message.contains("?"))
            Self.weigh(classifier.probabilities(features), by: classifier, into: &analysis)
        }
        return analysis
    }

    /// Whether earlier messages and this one together say what neither says alone: an earlier
    /// danger, plan or intent, and now a time, an intent or distress (or the other way round).
    static func builds(current: CrisisAnalysis, earlier: [CrisisAnalysis]) -> Bool {
        let risk = earlier.contains { $0.selfRisk }
        let vague = earlier.contains { $0.vague }
        let weak = earlier.contains { $0.weak }
        let immediacy = earlier.contains { $0.immediacy }
        return (risk && (current.immediacy || current.vague || current.weak || current.act))
            || (vague && (current.immediacy || current.weak || current.vague))
            || (immediacy && current.vague)
            || (weak && (current.weak || current.vague))
    }
}
