/// Whether a query suggests the person may be in danger now, and which listed phrases said so.
///
/// When `urgent` is true the API puts the support block first, in JSON and text alike.
public struct SupportSignal: Sendable, Hashable {
    /// True when at least one danger phrase matched the normalised query.
    public var urgent: Bool
    /// The matched phrases as listed in `support.json` (for logs and tests; not for display).
    public var matchedPhrases: [String]

    /// Creates a signal.
    public init(urgent: Bool, matchedPhrases: [String]) {
        self.urgent = urgent
        self.matchedPhrases = matchedPhrases
    }

    /// No danger phrase matched.
    public static let none = SupportSignal(urgent: false, matchedPhrases: [])
}
