/// The connection policy as one state machine: what a connection is doing, and what the loop does next.
///
/// It does no I/O and reads no clock: the event loop reports what happened with the instant it
/// happened (nanoseconds, `MonotonicTime`), and each transition returns the `Action` to perform, as
/// NIO's `HTTPServerPipelineHandler` does. There are no flags beside the state: keep-alive, the
/// header, body, idle and write timeouts, back-pressure, a pending answer, the drain and lingering are
/// all cases and their payloads, and payloads are plain integers, so copies are cheap.
///
/// The life of a connection:
/// - `open`: requests are read, parsed and answered in order while earlier responses are still being
///   written (pipelining). Past `Policy.outboundBytes` of queued output the requests already in the
///   parser are held back (`Reading.heldBack`) and served as soon as output drains below it, without
///   waiting for new input.
/// - `awaiting`: a request's answer comes later from off the loop (`WorkerPool.submit`); later pipelined
///   requests wait in the parser so answers leave in order, and nothing is read meanwhile.
/// - `closing`: no further request is read or answered; the queued output is written, then the
///   connection closes or lingers (`Ending`).
/// - `streaming`: the last response is an event stream that stays open (`EventStream`): its events
///   are written as they come, a comment goes out when it has been quiet for its heartbeat, nothing
///   more is answered (its head said `Connection: close`), and what the client sends is discarded; its
///   end, the client's close or a drain closes it.
/// - `lingering`: the write side is shut; what the client still sends is discarded for a while, and
///   the connection closes once the kernel has delivered what it holds (no progress for the write
///   timeout closes it anyway).
public enum ConnectionState: Sendable, Equatable {
    /// Reading requests and answering them; `last` once a drain began: the request being read is the
    /// last one answered, with `Connection: close`.
    case open(Reading, Output, last: Bool)
    /// An answer comes later from off the loop; it closes the connection when `closes`. A wait past the
    /// write timeout closes the connection (the answer is dropped when it comes).
    case awaiting(since: Int64, Output, closes: Bool)
    /// No further request is read or answered; the queued output is written, then `Ending` applies.
    case closing(Output, Ending)
    /// An event stream is the response being written. `heartbeat` is its interval, `nextBeat` when a
    /// comment is due if nothing else went out before (nanoseconds).
    case streaming(Output, heartbeat: Int64, nextBeat: Int64)
    /// The write side is shut. Input is read and discarded until `discardUntil` (nil once the peer has
    /// closed); the connection closes when that has passed and the kernel's send queue is empty.
    /// `unsent` is the last measure of that queue, `progressAt` when it last shrank.
    case lingering(discardUntil: Int64?, unsent: Int, progressAt: Int64)
    /// Closed: every later event is ignored.
    case closed

    /// A connection just accepted: its first request's header timeout runs from now.
    public init(acceptedAt now: Int64) {
        self = .open(.waiting(since: now, first: true), .flushed, last: false)
    }

    /// Whether the requests the parser holds may be parsed and answered now.
    public var answersRequests: Bool {
        guard case .open(let reading, _, _) = self else { return false }
        if case .heldBack = reading { return false }
        return true
    }

    /// Whether the loop should read from the socket.
    public var wantsInput: Bool {
        switch self {
        case .open(let reading, _, _):
            switch reading {
            case .heldBack, .ended: return false
            case .waiting, .head, .body: return true
            }
        case .lingering(let discardUntil, _, _): return discardUntil != nil
        case .streaming: return true
        case .awaiting, .closing, .closed: return false
        }
    }

    /// Whether the connection is lingering.
    public var isLingering: Bool {
        if case .lingering = self { return true }
        return false
    }

    /// Whether bytes read now are discarded: lingering, or streaming (the client was told the stream is
    /// the connection's last response; reading is how its close is seen).
    public var discardsInput: Bool {
        switch self {
        case .lingering, .streaming: true
        default: false
        }
    }

    /// Records where the parser stands after it returned no further request; a phase's deadline
    /// starts when the phase does. Once the peer has closed, nothing more can complete: the
    /// connection ends after its output.
    public mutating func parserWaits(at progress: RequestParser.Progress, now: Int64, policy: Policy) -> Action {
        guard case .open(let reading, let output, let last) = self else { return .none }
        switch (reading, progress) {
        case (.waiting, .betweenRequests), (.head, .head), (.body, .body):
            return .none
        case (.waiting(let since, let first), .head):
            // A first request's header timeout runs from accept, so connecting and trickling gains nothing.
            self = .open(.head(since: first ? since : now), output, last: last)
        case (.waiting, .body), (.head, .body):
            self = .open(.body(since: now), output, last: last)
        case (.ended, _):
            return finish(output, last ? .deliver : .close, now: now, policy: policy)
        default:
            break
        }
        return .none
    }

    /// Records that a whole request was parsed; returns whether its response keeps the connection open.
    public mutating func requestReceived(wantsKeepAlive: Bool, now: Int64) -> Bool {
        guard case .open(let reading, let output, let last) = self else { return false }
        let next: Reading = if case .ended = reading { .ended } else { .waiting(since: now, first: false) }
        self = .open(next, output, last: last)
        return wantsKeepAlive && !last
    }

    /// Records that a response was queued, with the output now queued in bytes. Without keep-alive
    /// nothing more is read; past the threshold the requests the parser holds wait.
    public mutating func responseQueued(keepAlive: Bool, queuedBytes: Int, now: Int64, policy: Policy) {
        switch self {
        case .open(let reading, let output, let last):
            let pending = output.touched(at: now)
            if !keepAlive {
                self = .closing(pending, last ? .deliver : .close)
            } else {
                self = .open(queuedBytes >= policy.outboundBytes ? .heldBack : reading, pending, last: last)
            }
        case .closing(let output, let ending):
            self = .closing(output.touched(at: now), ending)
        case .awaiting, .streaming, .lingering, .closed:
            break
        }
    }

    /// Records an interim `100 Continue` queued for the request whose body is awaited.
    public mutating func interimQueued(now: Int64) {
        if case .open(let reading, let output, let last) = self { self = .open(reading, output.touched(at: now), last: last) }
    }

    /// Records that the request's answer will come later from off the loop.
    public mutating func answerDeferred(keepAlive: Bool, now: Int64) {
        if case .open(_, let output, _) = self { self = .awaiting(since: now, output, closes: !keepAlive) }
    }

    /// Records that the awaited answer arrived; returns whether its response keeps the connection open,
    /// or nil when it is no longer awaited (a drain or a timeout dropped it).
    public mutating func answerArrived(now: Int64) -> Bool? {
        guard case .awaiting(_, let output, let closes) = self else { return nil }
        self = .open(.waiting(since: now, first: false), output, last: closes)
        return !closes
    }

    /// Records that the parser refused the input: the error's answer is the last, then the connection
    /// lingers, since the client sent bytes that were not read.
    public mutating func requestRefused() {
        switch self {
        case .open(_, let output, _): self = .closing(output, .linger)
        case .closing(let output, _): self = .closing(output, .linger)
        case .awaiting, .streaming, .lingering, .closed: break
        }
    }

    /// Records a write attempt: `remaining` bytes still queued, whether any went out, and whether the
    /// parser holds bytes it did not consume (a closing connection then lingers).
    public mutating func outputWritten(remaining: Int, progressed: Bool, unreadInput: Bool, now: Int64, policy: Policy) -> Action {
        switch self {
        case .open(let reading, let output, let last):
            if remaining > 0 {
                let next = progressed ? .pending(since: now) : output.touched(at: now)
                if case .heldBack = reading, remaining < policy.outboundBytes {
                    self = .open(.waiting(since: now, first: false), next, last: last)
                    return .serve
                }
                self = .open(reading, next, last: last)
                return .none
            }
            switch reading {
            case .heldBack:
                self = .open(.waiting(since: now, first: false), .flushed, last: last)
                return .serve
            case .waiting(_, let first) where output != .flushed:
                // The idle timeout counts from the end of the last response, not from the end of its request.
                self = .open(.waiting(since: now, first: first), .flushed, last: last)
            default:
                if output != .flushed { self = .open(reading, .flushed, last: last) }
            }
            return .none
        case .awaiting(let since, let output, let closes):
            let next: Output = remaining == 0 ? .flushed : progressed ? .pending(since: now) : output.touched(at: now)
            self = .awaiting(since: since, next, closes: closes)
            return .none
        case .closing(let output, let ending):
            if remaining > 0 {
                self = .closing(progressed ? .pending(since: now) : output.touched(at: now), ending)
                return .none
            }
            return finish(.flushed, unreadInput ? .linger : ending, now: now, policy: policy)
        case .streaming(let output, let heartbeat, let nextBeat):
            let next: Output = remaining == 0 ? .flushed : progressed ? .pending(since: now) : output.touched(at: now)
            self = .streaming(next, heartbeat: heartbeat, nextBeat: nextBeat)
            return .none
        case .lingering, .closed:
            return .none
        }
    }

    /// Records that the peer closed its sending side (a read returned end of file).
    public mutating func inputEnded() -> Action {
        switch self {
        case .open(_, let output, let last):
            self = .open(.ended, output, last: last)
            return .serve
        case .lingering(_, let unsent, let progressAt):
            self = .lingering(discardUntil: nil, unsent: unsent, progressAt: progressAt)
            return .none
        case .streaming:
            // The client hung up: nobody reads the stream any more (its close is the cancellation).
            return closeNow()
        case .awaiting, .closing, .closed:
            return .none
        }
    }

    /// Records the start of a server drain. A connection between requests ends now; one reading a
    /// request answers it and closes; one writing finishes the response being written (marked
    /// `Connection: close` if its head has not started) and answers no further request; one awaiting
    /// an answer waits for it, up to the drain timeout. Every one waits for the kernel to deliver.
    public mutating func beginDrain(now: Int64, policy: Policy) -> Action {
        switch self {
        case .open(let reading, let output, _):
            switch (reading, output) {
            case (.waiting, .flushed), (.ended, .flushed), (.heldBack, .flushed):
                return finish(.flushed, .deliver, now: now, policy: policy)
            case (.head, .flushed), (.body, .flushed):
                self = .open(reading, .flushed, last: true)
                return .none
            default:
                self = .closing(output, .deliver)
                return .trimOutput
            }
        case .awaiting(let since, let output, _):
            if output == .flushed {
                self = .awaiting(since: since, .flushed, closes: true)
                return .none
            }
            self = .closing(output, .deliver)
            return .trimOutput
        case .closing(let output, let ending):
            self = .closing(output, ending == .close ? .deliver : ending)
            return .trimOutput
        case .streaming(let output, _, _):
            self = .closing(output.touched(at: now), .deliver)
            return .endStream
        case .lingering, .closed:
            return .none
        }
    }

    /// Records that the loop closed the connection.
    public mutating func closed() {
        self = .closed
    }

    /// What the deadlines require at this instant. `unsentBytes` (the kernel's send queue) is measured
    /// only while lingering.
    public mutating func check(at now: Int64, unsentBytes: @autoclosure () -> Int, policy: Policy) -> Action {
        switch self {
        case .open(let reading, let output, _):
            if case .pending(let since) = output, now - since >= policy.write { return closeNow() }
            switch reading {
            case .waiting(let since, let first):
                guard output == .flushed, now - since >= (first ? policy.header : policy.idle) else { return .none }
                return closeNow()
            case .head(let since):
                return now - since >= policy.header ? timedOut(output) : .none
            case .body(let since):
                return now - since >= policy.body ? timedOut(output) : .none
            case .heldBack, .ended:
                return .none
            }
        case .awaiting(let since, let output, _):
            if case .pending(let stalled) = output, now - stalled >= policy.write { return closeNow() }
            return now - since >= policy.write ? closeNow() : .none
        case .closing(let output, _):
            if case .pending(let since) = output, now - since >= policy.write { return closeNow() }
            return .none
        case .streaming(let output, let heartbeat, let nextBeat):
            if case .pending(let since) = output, now - since >= policy.write { return closeNow() }
            guard now >= nextBeat else { return .none }
            self = .streaming(output, heartbeat: heartbeat, nextBeat: now + heartbeat)
            // Output still waiting is traffic enough; a comment would only add to it.
            return output == .flushed ? .sendHeartbeat : .none
        case .lingering(let discardUntil, let last, let progressAt):
            let unsent = unsentBytes()
            if unsent == 0, discardUntil.map({ now >= $0 }) ?? true { return closeNow() }
            let progress = unsent < last ? now : progressAt
            if now - progress >= policy.write { return closeNow() }
            self = .lingering(discardUntil: discardUntil, unsent: unsent, progressAt: progress)
            return .none
        case .closed:
            return .none
        }
    }

    mutating func closeNow() -> Action {
        self = .closed
        return .close
    }

    /// A request that did not arrive in time: 408 if no response has started, else just the close.
    private mutating func timedOut(_ output: Output) -> Action {
        guard output == .flushed else { return closeNow() }
        self = .closing(.flushed, .linger)
        return .answerTimeoutAndClose
    }

    /// Ends the connection once `output` is written: at once, or by shutting the write side and lingering.
    private mutating func finish(_ output: Output, _ ending: Ending, now: Int64, policy: Policy) -> Action {
        if output != .flushed {
            self = .closing(output, ending)
            return .none
        }
        switch ending {
        case .close:
            return closeNow()
        case .deliver:
            self = .lingering(discardUntil: now, unsent: Int.max, progressAt: now)
        case .linger:
            self = .lingering(discardUntil: now + policy.lingeringClose, unsent: Int.max, progressAt: now)
        }
        return .shutdownAndLinger
    }
}
