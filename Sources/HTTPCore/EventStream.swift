import Synchronization

/// A `text/event-stream` response that stays open: the handler returns it (`Response(stream:)`), and
/// the application pushes events to it later, from any thread, until it or the client ends it.
///
/// The connection's event loop owns the socket; this handle only queues bytes and wakes that loop
/// through its existing wake-up path (the eventfd the worker pool uses), so there is one owner and no
/// lock around I/O. Until the loop has written the response head, events wait here. Everything is
/// bounded: at most `maximumQueuedBytes` wait at once (a send past it ends the stream, `overflowed`),
/// and the loop closes a client that lets that much pile up in its own output (a slow reader is closed,
/// never buffered without bound). Made only by `EventStreamRegistry.open`, which caps how many are open.
public final class EventStream: Sendable {
    /// Why a stream ended, for the application's bookkeeping and the metrics.
    public enum Ending: String, Sendable, Equatable {
        /// The application finished it (`finish`); its last event was written.
        case finished
        /// The server drained (SIGTERM): the stream's `closingEvent` was written, then the end.
        case drained
        /// The client closed the connection, or it failed.
        case clientClosed = "client_closed"
        /// The client read too slowly: more than `maximumQueuedBytes` waited for it.
        case overflowed
    }

    private struct Open {
        /// Events waiting for the loop.
        var queued: [UInt8] = []
        /// Set by `finish`: the last event, written after `queued`, then the end.
        var last: [UInt8]?
        /// How to wake the connection's loop; nil until the loop has queued the head.
        var wake: (@Sendable (EventStream) -> Void)?
        /// Whether the loop was woken and has not taken since, so a burst of sends wakes it once.
        var signalled = false
    }

    private enum State {
        case open(Open)
        case ended(Ending)
    }

    private let state = Mutex<State>(.open(Open()))
    private let registry: EventStreamRegistry
    /// The most bytes that may wait for the client, here and in the connection's output together.
    public let maximumQueuedBytes: Int
    /// How often a comment line is sent when nothing else is, so proxies and clients keep the stream.
    public let heartbeat: Duration
    /// Written when a drain ends the stream (the application's "goodbye" event), or empty.
    public let closingEvent: [UInt8]

    init(registry: EventStreamRegistry, maximumQueuedBytes: Int, heartbeat: Duration, closingEvent: [UInt8]) {
        self.registry = registry
        self.maximumQueuedBytes = maximumQueuedBytes
        self.heartbeat = heartbeat
        self.closingEvent = closingEvent
    }

    /// Whether events can still be sent.
    public var isOpen: Bool {
        state.withLock { if case .open(let open) = $0 { open.last == nil } else { false } }
    }

    /// How the stream ended, or nil while it is open.
    public var ending: Ending? {
        state.withLock { if case .ended(let why) = $0 { why } else { nil } }
    }

    /// Queues one event (`ServerSentEvent` bytes) and wakes the loop. Returns false when the stream has
    /// ended or was finished; a send that would hold more than `maximumQueuedBytes` ends it (`overflowed`).
    @discardableResult
    public func send(_ event: [UInt8]) -> Bool {
        let (accepted, overflowed, wake) = state.withLock { state -> (Bool, Bool, (@Sendable (EventStream) -> Void)?) in
            guard case .open(var open) = state, open.last == nil else { return (false, false, nil) }
            guard open.queued.count + event.count <= maximumQueuedBytes else {
                state = .ended(.overflowed)
                return (false, true, open.wake)
            }
            open.queued += event
            let wake = open.signalled ? nil : open.wake
            if wake != nil { open.signalled = true }
            state = .open(open)
            return (true, false, wake)
        }
        if overflowed { registry.ended(.overflowed) }
        wake?(self)
        return accepted
    }

    /// Ends the stream after `lastEvent` (and what is queued before it); later sends are refused.
    public func finish(lastEvent: [UInt8] = []) {
        let wake = state.withLock { state -> (@Sendable (EventStream) -> Void)? in
            guard case .open(var open) = state, open.last == nil else { return nil }
            open.last = lastEvent
            let wake = open.signalled ? nil : open.wake
            if wake != nil { open.signalled = true }
            state = .open(open)
            return wake
        }
        wake?(self)
    }

    /// What the loop takes when woken: the queued bytes, whether the stream is to end after them (its
    /// last event included), and whether it overflowed (the loop then closes the connection).
    func take() -> (bytes: [UInt8], ends: Bool, overflowed: Bool) {
        state.withLock { state in
            switch state {
            case .open(var open):
                let bytes = open.queued + (open.last ?? [])
                let ends = open.last != nil
                open.queued = []
                if ends { open.last = [] }
                open.signalled = false
                state = .open(open)
                return (bytes, ends, false)
            case .ended(let why):
                return ([], true, why == .overflowed)
            }
        }
    }

    /// Called by the loop once the head is queued: from now on a send wakes it.
    func bind(_ wake: @escaping @Sendable (EventStream) -> Void) {
        state.withLock { state in
            guard case .open(var open) = state else { return }
            open.wake = wake
            state = .open(open)
        }
    }

    /// Called by the loop when the stream is over, for whatever reason; counted once.
    func ended(_ why: Ending) {
        let first = state.withLock { state -> Bool in
            if case .ended = state { return false }
            state = .ended(why)
            return true
        }
        if first { registry.ended(why) }
    }

    /// Ends a stream the application opened but did not put in a response after all, so it stops
    /// counting as open. Never call it on a stream that was returned.
    public func discard() { ended(.finished) }
}
