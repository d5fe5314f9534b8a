/// What a transport's read produced.
public enum ReadOutcome: Sendable, Equatable {
    /// This many bytes were stored at the start of the buffer (at least one).
    case bytes(Int)
    /// Nothing is available now; the loop waits for readability (or writability, see
    /// `ConnectionTransport.wantsWritable`).
    case wouldBlock
    /// The peer closed its side: no more bytes will come.
    case closed
}
