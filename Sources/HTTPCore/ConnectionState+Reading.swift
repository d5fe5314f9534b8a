extension ConnectionState {
    /// What the reading side waits for while the connection is open.
    public enum Reading: Sendable, Equatable {
        /// Between requests. `first` before the connection's first request, whose header timeout runs
        /// from accept.
        case waiting(since: Int64, first: Bool)
        /// Part of a request line or header section has arrived (header timeout).
        case head(since: Int64)
        /// The header section is in; the body is arriving (body timeout).
        case body(since: Int64)
        /// Output reached the back-pressure threshold: requests the parser holds wait for it to drain,
        /// and nothing is read. No client timeout runs; the write timeout does.
        case heldBack
        /// The peer closed its sending side: the requests that arrived whole are still answered.
        case ended
    }
}
