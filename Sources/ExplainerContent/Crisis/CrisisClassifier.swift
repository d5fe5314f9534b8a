import Foundation

/// The detector's lexical layer: a linear classifier over a message's words, word pairs and letter
/// pieces (`CrisisClassifierFeatures`), learnt from labelled messages, that reads ways of saying
/// danger no rule lists.
///
/// Five generations of hand-written rules each met the floors on the sets they were tuned
/// on and found only 0.72–0.83 of the people at risk in the next set written apart: a writer finds
/// new ways of saying it faster than rules can list them. Learnt from all of those sets (about
/// 3,000 messages by several writers), a classifier found 0.93–0.96 of them in each set it had not
/// learnt from (docs/crisis-detector.md, "The lexical layer"). It runs without the sentence-embedding
/// model, in microseconds, and cannot fail: its weights are compiled in (`CrisisClassifierWeights`,
/// written by `scripts/train-crisis-classifier.py`), so "the rules alone" includes it.
public struct CrisisClassifier: Sendable {
    /// One weight per level, in the order urgent, concern, info.
    struct Weights: Sendable {
        var urgent: Float
        var concern: Float
        var info: Float
    }

    /// How likely each level is, by the classifier alone; the three add up to 1.
    public struct Probabilities: Sendable, Hashable {
        /// The writer may be in danger now.
        public var urgent: Double
        /// Someone else may be at risk.
        public var concern: Double
        /// Neither.
        public var info: Double
    }

    /// The weights by feature.
    let weights: [String: Weights]
    /// The weights every message starts from.
    let bias: Weights
    /// A message is `urgent` when its probability of `urgent`, plus `ruleWeight` where a rule found
    /// it urgent, reaches this (a medical emergency the rules found is urgent whatever it reads).
    public let raiseThreshold: Double
    /// What a rule's `urgent` adds to the probability: a rule's word keeps a message urgent unless
    /// the classifier is fairly sure it is not (below `raiseThreshold - ruleWeight`).
    public let ruleWeight: Double
    /// What the `urgent` of a rule that says the writer's danger outright (`CrisisDetector.protectedRuleIDs`)
    /// adds instead: such a rule is set aside only when the classifier is all but sure, and never with
    /// a time now or recent.
    public let protectedRuleWeight: Double

    /// The classifier the trainer wrote (`CrisisClassifierWeights`).
    public static let standard: CrisisClassifier = {
        do {
            return try CrisisClassifier(
                table: CrisisClassifierWeights.table, raiseThreshold: CrisisClassifierWeights.raiseThreshold,
                ruleWeight: CrisisClassifierWeights.ruleWeight, protectedRuleWeight: CrisisClassifierWeights.protectedRuleWeight)
        } catch {
            // The table is compiled in and parsed by a test; a table that does not parse is a build
            // that must not ship, not a state to serve from.
            preconditionFailure("CrisisClassifierWeights.table: \(error)")
        }
    }()

    /// Reads a weight table: one feature a line, `feature urgent concern info`, the line `bias …`
    /// giving the weights every message starts from.
    ///
    /// - Throws: `CrisisClassifierError` naming the line that is not four fields, the three of them numbers.
    package init(table: String, raiseThreshold: Double, ruleWeight: Double, protectedRuleWeight: Double? = nil) throws {
        var weights: [String: Weights] = [:]
        var bias: Weights?
        var number = 0
        for line in table.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard !line.isEmpty else { continue }
            let fields = line.split(separator: " ")
            guard fields.count == 4, let urgent = Float(fields[1]), let concern = Float(fields[2]), let info = Float(fields[3]) else {
                throw CrisisClassifierError(line: number, reason: "not `feature urgent concern info`")
            }
            let entry = Weights(urgent: urgent, concern: concern, info: info)
            if fields[0] == "bias" { bias = entry } else { weights[String(fields[0])] = entry }
        }
        guard let bias else { throw CrisisClassifierError(line: number, reason: "no bias line") }
        self.weights = weights
        self.bias = bias
        self.raiseThreshold = raiseThreshold
        self.ruleWeight = ruleWeight
        self.protectedRuleWeight = protectedRuleWeight ?? ruleWeight
    }

    /// How many features have weights.
    public var featureCount: Int { weights.count }

    /// The probabilities of a message's features (features without a weight count for nothing).
    package func probabilities(_ features: Set<String>) -> Probabilities {
        var sum = bias
        for feature in features {
            guard let weight = weights[feature] else { continue }
            sum.urgent += weight.urgent
            sum.concern += weight.concern
            sum.info += weight.info
        }
        let top = max(sum.urgent, sum.concern, sum.info)
        let urgent = exp(Double(sum.urgent - top))
        let concern = exp(Double(sum.concern - top))
        let info = exp(Double(sum.info - top))
        let total = urgent + concern + info
        return Probabilities(urgent: urgent / total, concern: concern / total, info: info / total)
    }

    /// The probabilities of a message.
    public func probabilities(of message: Substring) -> Probabilities {
        probabilities(CrisisClassifierFeatures.of(message))
    }
}
