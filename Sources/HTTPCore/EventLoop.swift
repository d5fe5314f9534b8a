import CLinux
import Glibc
import Synchronization

/// One epoll event loop on its own thread: accepts on its own listening socket, reads, parses,
/// answers and writes for every connection it accepted, and enforces their timeouts.
///
/// Everything but `requestDrain()` runs on the loop's thread, which is why the mutable state needs no
/// lock (hence `@unchecked Sendable`: the instance crosses to its thread once, at start). The loop
/// never blocks except in `epoll_wait`; responders are called inline and must not block either.
/// For the same reason its mutable properties skip the run-time exclusivity checks, as `Connection`'s do.
final class EventLoop: @unchecked Sendable {
    let configuration: ServerConfiguration
    let responder: any Responder
    let counter: ConnectionCounter
    let epoll: Epoll
    @exclusivity(unchecked) var listener: ListeningSocket?
    @exclusivity(unchecked) var connections: [Int32: Connection] = [:]
    let clock = ContinuousClock()
    @exclusivity(unchecked) var dates = HTTPDateCache()
    @exclusivity(unchecked) var ids = RequestID()
    let writer: ResponseWriter
    /// Shared by every connection of this loop: bytes go from here into the connection's parser.
    let readBuffer: UnsafeMutableRawBufferPointer
    private let drainRequested = Atomic<Bool>(false)
    /// Set when the drain begins: past it, every connection is closed.
    @exclusivity(unchecked) var drainDeadline: ContinuousClock.Instant?
    @exclusivity(unchecked) var acceptPaused = false
    /// How often deadlines are checked: a quarter of the shortest timeout, between 5 ms and 500 ms.
    let tickInterval: Duration

    init(configuration: ServerConfiguration, responder: any Responder, counter: ConnectionCounter, listener: ListeningSocket)
        throws(SystemError)
    {
        self.configuration = configuration
        self.responder = responder
        self.counter = counter
        self.listener = listener
        self.epoll = try Epoll()
        self.writer = ResponseWriter(serverName: configuration.serverName)
        self.readBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
        let t = configuration.timeouts
        let shortest = [t.header, t.body, t.idle, t.write, t.lingeringClose].min()!
        self.tickInterval = min(max(shortest / 4, .milliseconds(5)), .milliseconds(500))
        try epoll.add(listener.fileDescriptor, events: Epoll.readable)
    }

    deinit {
        readBuffer.deallocate()
    }

    /// Whether a drain was asked for, even if this loop has not begun it yet (a handler may be running):
    /// responses from now on close their connection.
    var isDraining: Bool { drainDeadline != nil || drainRequested.load(ordering: .relaxed) }

    /// Asks the loop, from any thread, to stop accepting and drain.
    func requestDrain() {
        drainRequested.store(true, ordering: .releasing)
        epoll.wake()
    }

    /// Runs until a requested drain has closed every connection.
    func run() {
        let events = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: 256)
        defer {
            events.deallocate()
            shutDown()
        }
        var nextTick = clock.now + tickInterval
        while true {
            if drainDeadline == nil, drainRequested.load(ordering: .acquiring) { beginDrain() }
            if drainDeadline != nil, connections.isEmpty { return }
            let wait = clock.now.duration(to: nextTick)
            let milliseconds = max(0, Int32(wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000))
            let count: Int
            do {
                count = try epoll.wait(into: events, timeoutMilliseconds: milliseconds)
            } catch {
                configuration.logError("event loop: \(error)")
                return
            }
            for i in 0..<count {
                let fd = events[i].data.fd
                let flags = events[i].events
                if fd == epoll.wakeDescriptor {
                    epoll.drainWakeups()
                } else if let listener, fd == listener.fileDescriptor {
                    acceptConnections()
                } else if let connection = connections[fd] {
                    handle(connection, events: flags)
                }
            }
            configuration.accessLog?.flush()
            let now = clock.now
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
        // A TLS read (a handshake step) that had to write first waits for EPOLLOUT, then runs again.
        let readWaitsForWritable = events & Epoll.writable != 0 && connection.transport.wantsWritable && connection.outbound.isEmpty
        if events & (Epoll.readable | EPOLLHUP.rawValue) != 0 || readWaitsForWritable { readAvailable(connection) }
        if !connection.isClosed, events & Epoll.writable != 0 { flush(connection) }
        settle(connection)
    }

    private func acceptConnections() {
        guard let listener else { return }
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
            guard counter.tryAcquire(limit: configuration.limits.connections) else {
                _ = Glibc.close(fd)  // Over the cap: closed at once, never left waiting in the backlog.
                continue
            }
            do {
                let transport = try configuration.makeTransport?(fd) ?? SocketTransport(fileDescriptor: fd)
                try epoll.add(fd, events: Epoll.readable)
                connections[fd] = Connection(
                    transport: transport, peer: peer, limits: configuration.limits, bodyPolicy: configuration.bodyPolicy,
                    timeouts: configuration.timeouts,
                    now: clock.now, interest: Epoll.readable)
            } catch {
                configuration.logError("accept setup: \(error)")
                _ = Glibc.close(fd)
                counter.release()
            }
        }
    }

    private func checkDeadlines(at now: ContinuousClock.Instant) {
        if acceptPaused, let listener {
            acceptPaused = false
            try? epoll.modify(listener.fileDescriptor, events: Epoll.readable)
        }
        if let drainDeadline, now >= drainDeadline {
            for connection in Array(connections.values) { close(connection) }
            return
        }
        for connection in Array(connections.values) {
            switch connection.state.check(at: now) {
            case .none:
                break
            case .close:
                close(connection)
            case .answerTimeoutAndClose:
                let timeout = HTTPError(
                    .requestTimeout, type: "request-timeout", title: "Request Timeout",
                    detail: "The request did not arrive in time.")
                answer(connection, error: timeout, at: now)
                settle(connection)
            }
        }
    }

    private func beginDrain() {
        drainDeadline = clock.now + configuration.timeouts.drain
        if let listener {
            epoll.remove(listener.fileDescriptor)
            listener.close()
            self.listener = nil
        }
        for connection in Array(connections.values) {
            connection.state.beginDrain()
            settle(connection)
        }
    }

    /// Closes the connection and forgets it.
    func close(_ connection: Connection) {
        guard !connection.isClosed else { return }
        connection.isClosed = true
        connections[connection.fileDescriptor] = nil
        connection.transport.close()
        counter.release()
    }

    private func shutDown() {
        for connection in Array(connections.values) { close(connection) }
        listener?.close()
        listener = nil
        configuration.accessLog?.flush()
        epoll.close()
    }
}
