extension ConnectionState {
    /// Records that an event stream's head was queued: the connection now writes that stream and
    /// answers nothing more. `heartbeat` is the stream's interval in nanoseconds.
    public mutating func streamStarted(heartbeat: Int64, now: Int64) {
        guard case .open(_, let output, _) = self else { return }
        self = .streaming(output.touched(at: now), heartbeat: heartbeat, nextBeat: now + heartbeat)
    }

    /// Records that stream bytes were queued, with the output now queued in bytes: past `limit` the
    /// client is not keeping up and is closed (never buffered without bound); otherwise the heartbeat
    /// waits a whole interval again.
    public mutating func streamQueued(queuedBytes: Int, limit: Int, now: Int64) -> Action {
        guard case .streaming(let output, let heartbeat, _) = self else { return .none }
        guard queuedBytes <= limit else { return closeNow() }
        self = .streaming(output.touched(at: now), heartbeat: heartbeat, nextBeat: now + heartbeat)
        return .none
    }

    /// Records that the stream's last bytes (its end) were queued: once they are written the
    /// connection closes, after the kernel has delivered them.
    public mutating func streamEnded(now: Int64) {
        guard case .streaming(let output, _, _) = self else { return }
        self = .closing(output.touched(at: now), .deliver)
    }

    /// Whether the connection is writing an event stream.
    public var isStreaming: Bool {
        if case .streaming = self { return true }
        return false
    }
}
