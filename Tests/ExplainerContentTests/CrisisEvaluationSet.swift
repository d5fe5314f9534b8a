import ExplainerContent
import Foundation

/// A labelled message set in `Tests/Evaluation/` and the detector's figures on it.
///
/// Labels: `urgent`, `concern` (someone else may be at risk), `info`, `unreadable` (another language
/// or script). The figures are the issue's floors:
/// - urgent recall: the share of `urgent` messages assessed `urgent`;
/// - false urgent: the share of `info` messages assessed `urgent`;
/// - concern found: the share of `concern` messages assessed exactly `concern`, or `urgent` when the
///   urgency is the writer's own (`person.self`) or a medical emergency (emergency numbers first is
///   then the right answer); `urgent` only because of the other person (`person.other` alone and no
///   medical emergency) cannot happen by construction, and `info` is a miss;
/// - unreadable: the share of `unreadable` messages whose assessment says the language was not understood.
struct CrisisEvaluationSet {
    /// One labelled message.
    struct Message {
        var id: String
        var label: String
        var text: String
    }

    /// One message the detector got wrong, with what it said.
    struct Miss: CustomStringConvertible {
        var message: Message
        var assessment: CrisisAssessment

        var description: String {
            "\(message.id) [\(message.label) → \(assessment.level.rawValue)\(assessment.languageUnderstood ? "" : ", not understood")] "
                + "\(assessment.reasons.joined(separator: " ")) :: \(message.text)"
        }
    }

    let messages: [Message]

    /// Reads a JSON Lines file of `{"id", "label", "text", …}` objects.
    init(file name: String) throws {
        let url = PackagePaths.root.appendingPathComponent("Tests/Evaluation").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        var messages: [Message] = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            messages.append(
                Message(id: object["id"] as? String ?? "?", label: object["label"] as? String ?? "?", text: object["text"] as? String ?? "")
            )
        }
        self.messages = messages
    }

    /// The figures, and every miss.
    struct Figures: CustomStringConvertible {
        var urgentRecall: Double
        var falseUrgent: Double
        var concernFound: Double
        var unreadableFlagged: Double
        var counts: [String: Int]
        var misses: [Miss]

        var description: String {
            let figures = String(
                format: "urgent recall %.3f, info raised to urgent %.3f, concern found %.3f, unreadable flagged %.3f",
                urgentRecall, falseUrgent, concernFound, unreadableFlagged)
            return figures + " (" + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
    }

    /// Assesses every message with `detector` and computes the figures.
    func evaluate(with detector: CrisisDetector) -> Figures {
        var hits: [String: Int] = [:]
        var counts: [String: Int] = [:]
        var falseUrgent = 0
        var misses: [Miss] = []
        for message in messages {
            let assessment = detector.assess(message.text)
            counts[message.label, default: 0] += 1
            let correct: Bool
            switch message.label {
            case "urgent": correct = assessment.level == .urgent
            case "concern":
                correct =
                    assessment.level == .concern
                    || (assessment.level == .urgent && (assessment.medicalEmergency || assessment.reasons.contains("person.self")))
            case "unreadable": correct = !assessment.languageUnderstood
            default:
                correct = assessment.level == .info
                if assessment.level == .urgent { falseUrgent += 1 }
            }
            if correct { hits[message.label, default: 0] += 1 } else { misses.append(Miss(message: message, assessment: assessment)) }
        }
        func share(_ label: String) -> Double {
            Double(hits[label, default: 0]) / Double(max(1, counts[label, default: 0]))
        }
        return Figures(
            urgentRecall: share("urgent"), falseUrgent: Double(falseUrgent) / Double(max(1, counts["info", default: 0])),
            concernFound: share("concern"), unreadableFlagged: share("unreadable"), counts: counts, misses: misses)
    }
}
