import CLinux
import Glibc
import Synchronization

/// One epoll event loop on its own thread: accepts on its own listening sockets (the public one and,
/// when configured, the admin one), reads, parses, answers and writes for every connection it
/// accepted, and enforces their timeouts.
///
/// Everything but `requestDrain()`, `answerReady(_:)` and `streamReady(_:)` runs on the loop's thread, which is why the
/// mutable state needs no lock (hence `@unchecked Sendable`: the instance crosses to its thread once,
/// at start). The loop never blocks except in `epoll_wait`; responders are called inline and must not
/// block either: work that would (model inference) goes to a `WorkerPool`, and its answer comes back
/// through `answerReady(_:)`, which wakes the loop. Each connection's policy is its `ConnectionState`:
/// the loop reports events to it and performs the actions it returns.
/// The mutable properties skip the run-time exclusivity checks, as `Connection`'s do.
final class EventLoop: @unchecked Sendable {
    let configuration: ServerConfiguration
    let epoll: Epoll
    /// The sockets this loop accepts on, each with what its connections share; emptied by a drain.
    @exclusivity(unchecked) var listeners: [(socket: ListeningSocket, endpoint: Endpoint)]
    @exclusivity(unchecked) var connections: [Int32: Connection] = [:]
    /// Connections waiting for an answer from off the loop, by the answer's identity.
    @exclusivity(unchecked) var awaiting: [ObjectIdentifier: Connection] = [:]
    /// Connections writing an event stream, by the stream's identity.
    @exclusivity(unchecked) var streaming: [ObjectIdentifier: Connection] = [:]
    /// Connections whose transport holds input epoll cannot report (TLS bytes already decrypted):
    /// read again before the next wait, which then does not block.
    @exclusivity(unchecked) var scheduledReads: [Connection] = []
    let policy: ConnectionState.Policy
    @exclusivity(unchecked) var dates = HTTPDateCache()
    @exclusivity(unchecked) var ids = RequestID()
    let writer: ResponseWriter
    /// Shared by every connection of this loop: bytes go from here into the connection's parser.
    let readBuffer: UnsafeMutableRawBufferPointer
    private let drainRequested = Atomic<Bool>(false)
    /// Answers finished off the loop and event streams with new events, not yet taken; `open` is false
    /// once the loop has stopped.
    let finished = Mutex<(answers: [DeferredAnswer], streams: [EventStream], open: Bool)>(([], [], true))
    /// Set when the drain begins (`MonotonicTime`): past it, every connection is closed.
    @exclusivity(unchecked) var drainDeadline: Int64?
    @exclusivity(unchecked) var acceptPaused = false
    /// How often deadlines are checked, in nanoseconds: a quarter of the shortest timeout, between
    /// 5 ms and 500 ms.
    let tickInterval: Int64

    init(configuration: ServerConfiguration, listeners: [(socket: ListeningSocket, endpoint: Endpoint)]) throws(SystemError) {
        self.configuration = configuration
        self.listeners = listeners
        self.epoll = try Epoll()
        self.writer = ResponseWriter(serverName: configuration.serverName)
        self.readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        self.policy = ConnectionState.Policy(timeouts: configuration.timeouts, limits: configuration.limits)
        let t = configuration.timeouts
        let shortest = [t.header, t.body, t.idle, t.write, t.lingeringClose].min()!
        self.tickInterval = MonotonicTime.nanoseconds(min(max(shortest / 4, .milliseconds(5)), .milliseconds(500)))
        for listener in listeners { try epoll.add(listener.socket.fileDescriptor, events: Epoll.readable) }
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Whether a drain was asked for that this loop has not begun yet.
    var drainPending: Bool { drainDeadline == nil && drainRequested.load(ordering: .relaxed) }

    /// Asks the loop, from any thread, to stop accepting and drain.
    func requestDrain() {
        drainRequested.store(true, ordering: .releasing)
        epoll.wake()
    }

    /// Hands the loop, from a worker thread, an answer that is done; the loop writes it on its thread.
    /// After the loop has stopped the answer is dropped (its connection is gone).
    func answerReady(_ answer: DeferredAnswer) {
        finished.withLock { finished in
            guard finished.open else { return }
            finished.answers.append(answer)
            // Inside the lock, so the eventfd cannot be closed (and its number reused) under the write.
            epoll.wake()
        }
    }

    /// Takes the answers workers handed over since the last call.
    func finishedAnswers() -> [DeferredAnswer] {
        finished.withLock { finished in
            defer { finished.answers.removeAll() }
            return finished.answers
        }
    }

    /// Runs until a requested drain has closed every connection.
    func run() {
        let events = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: 256)
        defer {
            events.deallocate()
            shutDown()
        }
        var nextTick = MonotonicTime.now + tickInterval
        while true {
            if drainDeadline == nil, drainRequested.load(ordering: .acquiring) { beginDrain() }
            if drainDeadline != nil, connections.isEmpty { return }
            let wait = scheduledReads.isEmpty ? max(0, nextTick - MonotonicTime.now) : 0
            let count: Int
            do {
                count = try epoll.wait(into: events, timeoutMilliseconds: Int32((wait + 999_999) / 1_000_000))
            } catch {
                configuration.logError("event loop: \(error)")
                return
            }
            for i in 0..<count {
                let fd = events[i].data.fd
                let flags = events[i].events
                if fd == epoll.wakeDescriptor {
                    epoll.drainWakeups()
                    deliverFinishedAnswers()
                    deliverStreamEvents()
                } else if let connection = connections[fd] {
                    handle(connection, events: flags)
                } else if let listener = listeners.first(where: { $0.socket.fileDescriptor == fd }) {
                    // Looked for after the connections: a listener's descriptor is never one of
                    // theirs, and connection events are the many.
                    acceptConnections(on: listener.socket, for: listener.endpoint)
                }
            }
            if !scheduledReads.isEmpty { readScheduled() }
            configuration.accessLog?.flush()
            let now = MonotonicTime.now
            if now >= nextTick {
                checkDeadlines(at: now)
                nextTick = now + tickInterval
            }
        }
    }

    private func handle(_ connection: Connection, events: UInt32) {
        if events & EPOLLERR.rawValue != 0 {
            close(connection)
            return
        }
        if events & EPOLLHUP.rawValue != 0 && !connection.state.wantsInput {
            close(connection)  // Both directions are gone and nothing will read the end: nobody is listening.
            return
        }
        // A TLS read (a handshake step) that had to write first waits for EPOLLOUT, then runs again.
        let readWaitsForWritable = events & Epoll.writable != 0 && connection.transport.wantsWritable && connection.outbound.isEmpty
        if events & (Epoll.readable | EPOLLHUP.rawValue) != 0 || readWaitsForWritable { readAvailable(connection) }
        settle(connection)
    }

    private func readScheduled() {
        let due = scheduledReads
        scheduledReads.removeAll(keepingCapacity: true)
        for connection in due {
            connection.readScheduled = false
            guard !connection.isClosed else { continue }
            readAvailable(connection)
            settle(connection)
        }
    }

    private func acceptConnections(on listener: ListeningSocket, for endpoint: Endpoint) {
        // A bounded batch per wake-up, so a connection storm cannot starve established connections.
        for _ in 0..<64 {
            let accepted: IOResult<(fd: Int32, peer: String)>
            do {
                accepted = try listener.accept()
            } catch {
                switch error.errno {
                case ECONNABORTED, EPROTO, EPERM: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: stop listening until the next tick rather than spin on the ready listener.
                    configuration.logError("accept paused: \(error)")
                    acceptPaused = true
                    try? epoll.modify(listener.fileDescriptor, events: 0)
                    return
                default:
                    configuration.logError("accept: \(error)")
                    return
                }
            }
            guard case .value(let (fd, peer)) = accepted else { return }
            guard endpoint.counter.tryAcquire(limit: endpoint.limit) else {
                _ = Glibc.close(fd)  // Over the cap: closed at once, never left waiting in the backlog.
                continue
            }
            do {
                let transport = try endpoint.transport(for: fd)
                try epoll.add(fd, events: Epoll.readable)
                connections[fd] = Connection(
                    transport: transport, endpoint: endpoint, peer: peer, limits: configuration.limits,
                    bodyPolicy: configuration.bodyPolicy,
                    now: MonotonicTime.now, interest: Epoll.readable)
            } catch {
                configuration.logError("accept setup: \(error)")
                _ = Glibc.close(fd)
                endpoint.counter.release()
            }
        }
    }

    private func checkDeadlines(at now: Int64) {
        if acceptPaused {
            acceptPaused = false
            for listener in listeners { try? epoll.modify(listener.socket.fileDescriptor, events: Epoll.readable) }
        }
        if let drainDeadline, now >= drainDeadline {
            for connection in Array(connections.values) { close(connection) }
            return
        }
        for connection in Array(connections.values) {
            let transport = connection.transport
            let action = connection.state.check(at: now, unsentBytes: transport.unsentBytes, policy: policy)
            guard action != .none else { continue }
            // A stream closed by a deadline is one whose client stopped reading for the write timeout.
            if action == .close, let (stream, _) = connection.stream { stream.ended(.overflowed) }
            perform(action, on: connection, at: now)
            settle(connection)
        }
    }

    private func beginDrain() {
        let now = MonotonicTime.now
        drainDeadline = now + MonotonicTime.nanoseconds(configuration.timeouts.drain)
        for listener in listeners {
            epoll.remove(listener.socket.fileDescriptor)
            listener.socket.close()
        }
        listeners = []
        for connection in Array(connections.values) {
            perform(connection.state.beginDrain(now: now, policy: policy), on: connection, at: now)
            settle(connection)
        }
    }

    /// Closes the connection and forgets it; an answer it still waited for is dropped when it comes.
    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        connection.state.closed()
        if let (pending, _) = connection.pendingAnswer {
            awaiting[ObjectIdentifier(pending.answer)] = nil
            connection.pendingAnswer = nil
        }
        if let (stream, _) = connection.stream {
            streaming[ObjectIdentifier(stream)] = nil
            connection.stream = nil
            stream.ended(.clientClosed)  // No-op when it already ended (finished, drained, overflowed).
        }
        connections[connection.fileDescriptor] = nil
        connection.transport.close()
        connection.endpoint.counter.release()
    }

    private func shutDown() {
        for connection in Array(connections.values) { close(connection) }
        for listener in listeners { listener.socket.close() }
        listeners = []
        configuration.accessLog?.flush()
        finished.withLock { finished in
            finished.open = false
            finished.answers.removeAll()
            finished.streams.removeAll()
        }
        epoll.close()
    }
}
