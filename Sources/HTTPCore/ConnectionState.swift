/// The connection policy as a pure state machine: which deadline applies, and when to close.
///
/// It does no I/O and reads no clock: the event loop reports what happened with the instant it
/// happened, and asks `check(at:)` what to do. Tests drive it with made-up instants.
///
/// Reading and writing are tracked apart because a pipelining client can send its next request
/// while the previous response is still being written:
/// - reading: waiting between requests (idle timeout; the header timeout for a connection's first
///   request, counted from accept), reading a head (header timeout), reading a body (body timeout),
///   or stopped (no further request will be read);
/// - writing: since when queued output has made no progress (write timeout);
/// - closing: once the last response is flushed, a connection that must close lingers briefly,
///   reading and discarding, so the kernel does not reset it under its response.
public struct ConnectionState: Sendable {
    /// What the reading side waits for.
    public enum Reading: Sendable, Equatable {
        /// Between requests. `first` is true before the connection's first request.
        case waiting(since: ContinuousClock.Instant, first: Bool)
        /// Part of a request line or header section has arrived.
        case head(since: ContinuousClock.Instant)
        /// The header section is in; the body is arriving.
        case body(since: ContinuousClock.Instant)
        /// No further request will be read: the peer closed, an error was answered, or the connection
        /// is to close after its last response.
        case stopped
    }

    /// What the event loop must do now.
    public enum Action: Sendable, Equatable {
        case none
        /// Close without writing anything more.
        case close
        /// Answer 408 Request Timeout (no response has started), then close.
        case answerTimeoutAndClose
    }

    public let timeouts: Timeouts
    public private(set) var reading: Reading {
        didSet {
            if case .stopped = reading { isStopped = true }
        }
    }
    /// Whether output is queued and not yet written.
    public private(set) var outputPending = false

    /// Whether no further request will be read (`reading` is `.stopped`, which it never leaves).
    /// A flag, because the loop asks several times per request and `Reading`'s payloads are instants,
    /// a resilient standard-library type, so each look at the enum copies it.
    public private(set) var isStopped = false
    /// Since when queued output has made no progress.
    public private(set) var writeStalledSince: ContinuousClock.Instant?
    /// Whether the connection closes once its queued output is written.
    public private(set) var closesWhenFlushed = false
    /// Since when the connection has been lingering (its write side shut), if it is.
    public private(set) var lingeringSince: ContinuousClock.Instant?
    /// Whether lingering began: `lingeringSince != nil`, kept as a flag because the loop asks after
    /// every event and an optional instant (a resilient standard-library type) is copied to be tested.
    public private(set) var isLingering = false

    public init(timeouts: Timeouts, acceptedAt now: ContinuousClock.Instant) {
        self.timeouts = timeouts
        reading = .waiting(since: now, first: true)
    }

    /// Records where the parser stands after new bytes; a phase's deadline starts when the phase does.
    public mutating func parserProgressed(to progress: RequestParser.Progress, at now: ContinuousClock.Instant) {
        // Nearly every call, after a whole request: nothing to change, and no copy of `reading` to make.
        if progress == .betweenRequests { return }
        switch (reading, progress) {
        case (.waiting(let since, let first), .head):
            // A first request's header timeout runs from accept, so connecting and trickling gains nothing.
            reading = .head(since: first ? since : now)
        case (.waiting, .body), (.head, .body):
            reading = .body(since: now)
        default:
            break
        }
    }

    /// Records that a whole request was parsed; the next one starts from scratch.
    public mutating func requestCompleted(at now: ContinuousClock.Instant) {
        if !isStopped { reading = .waiting(since: now, first: false) }
    }

    /// Records that a response was queued; without keep-alive nothing more is read.
    public mutating func responseQueued(keepAlive: Bool) {
        if !keepAlive {
            reading = .stopped
            closesWhenFlushed = true
        }
    }

    /// Records a write attempt's result: whether output remains and whether any bytes went out.
    public mutating func outputUpdated(pending: Bool, progressed: Bool, at now: ContinuousClock.Instant) {
        if pending {
            if !outputPending || progressed { writeStalledSince = now }
        } else {
            writeStalledSince = nil
            // The idle timeout counts from the end of the last response, not from the end of its request.
            if outputPending, case .waiting(_, let first) = reading { reading = .waiting(since: now, first: first) }
        }
        outputPending = pending
    }

    /// Records that the peer closed its sending side: answer what is queued, then close.
    public mutating func peerClosed() {
        reading = .stopped
        closesWhenFlushed = true
    }

    /// Records the start of a server drain: a connection between requests closes now, one with a
    /// request in progress closes after answering it.
    public mutating func beginDrain() {
        closesWhenFlushed = true
        if case .waiting = reading { reading = .stopped }
    }

    /// Records that the write side was shut after the last response and lingering began.
    public mutating func startLingering(at now: ContinuousClock.Instant) {
        lingeringSince = now
        isLingering = true
        reading = .stopped
    }

    /// Whether the connection should now close (or linger): nothing queued and nothing more to serve.
    public var isFinished: Bool {
        guard !outputPending, !isLingering else { return false }
        if closesWhenFlushed, case .waiting = reading { return true }
        return isStopped
    }

    /// What the deadlines require at this instant.
    public func check(at now: ContinuousClock.Instant) -> Action {
        if let lingeringSince { return now - lingeringSince >= timeouts.lingeringClose ? .close : .none }
        if let writeStalledSince, now - writeStalledSince >= timeouts.write { return .close }
        switch reading {
        case .waiting(let since, let first):
            if outputPending { return .none }
            return now - since >= (first ? timeouts.header : timeouts.idle) ? .close : .none
        case .head(let since):
            guard now - since >= timeouts.header else { return .none }
            return outputPending ? .close : .answerTimeoutAndClose
        case .body(let since):
            guard now - since >= timeouts.body else { return .none }
            return outputPending ? .close : .answerTimeoutAndClose
        case .stopped:
            return .none
        }
    }
}
