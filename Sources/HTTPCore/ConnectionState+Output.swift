extension ConnectionState {
    /// Whether queued output remains, and since when it has made no progress (write timeout).
    public enum Output: Sendable, Equatable {
        /// Everything queued was handed to the kernel.
        case flushed
        /// Bytes remain; `since` is when they last made progress (or were queued).
        case pending(since: Int64)
    }
}

extension ConnectionState.Output {
    /// Pending output with its stall clock kept if it was already pending, or started now.
    func touched(at now: Int64) -> Self {
        if case .pending = self { return self }
        return .pending(since: now)
    }
}
