/// How much a message says about danger, from most to least: the level a chatbot acts on.
///
/// The three levels are the issue's: `urgent` (the writer may be in danger now, or a medical
/// emergency is happening), `concern` (help should be offered but nothing says the writer is in
/// danger now: someone else may be at risk, or the detector could not read the message), `info`
/// (everything else; support lines are still shown, after the answer).
public enum CrisisLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The writer may be in danger now, or someone is in a medical emergency.
    case urgent
    /// Someone else may be at risk, or the message could not be read.
    case concern
    /// Nothing in the message points to danger.
    case info

    /// Ordered by severity: `info < concern < urgent`.
    public static func < (left: CrisisLevel, right: CrisisLevel) -> Bool {
        left.severity < right.severity
    }

    private var severity: Int {
        switch self {
        case .info: 0
        case .concern: 1
        case .urgent: 2
        }
    }
}
