/// One item of a support block, in the order a client shows them.
public enum SupportBlockEntry: Sendable, Hashable {
    /// The local emergency numbers, with the content's emergency advice.
    case emergency([EmergencyLine])
    /// A support line.
    case line(SupportBlockLine)
}
