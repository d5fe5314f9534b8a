extension ConnectionState {
    /// The timeouts and the back-pressure threshold a connection's transitions compare against.
    ///
    /// Built once per event loop from `Timeouts` and `Limits`, in the nanoseconds the states store, and
    /// passed to each transition, so a state carries no copy of it.
    public struct Policy: Sendable, Equatable {
        /// `Timeouts.header`, in nanoseconds.
        public var header: Int64
        /// `Timeouts.body`, in nanoseconds.
        public var body: Int64
        /// `Timeouts.idle`, in nanoseconds.
        public var idle: Int64
        /// `Timeouts.write`, in nanoseconds: also bounds a wait for an answer that comes later.
        public var write: Int64
        /// `Timeouts.lingeringClose`, in nanoseconds.
        public var lingeringClose: Int64
        /// `Limits.outboundBytes`: queued output at which pipelined requests are held back.
        public var outboundBytes: Int

        public init(timeouts: Timeouts, limits: Limits) {
            header = MonotonicTime.nanoseconds(timeouts.header)
            body = MonotonicTime.nanoseconds(timeouts.body)
            idle = MonotonicTime.nanoseconds(timeouts.idle)
            write = MonotonicTime.nanoseconds(timeouts.write)
            lingeringClose = MonotonicTime.nanoseconds(timeouts.lingeringClose)
            outboundBytes = limits.outboundBytes
        }
    }
}
