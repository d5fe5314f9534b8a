/// What a transport's write did.
public enum WriteOutcome: Sendable, Equatable {
    /// This many bytes of the chunks, from the front, were accepted (possibly fewer than offered).
    case written(Int)
    /// Nothing could be written now; the loop waits for writability and tries again.
    case wouldBlock
}
