import Dispatch
import Foundation
import Glibc
import Synchronization

/// The HTTP/1.1 server: `threads` epoll event loops, each with its own SO_REUSEPORT listener (and
/// one on the admin address, when `ServerConfiguration.admin` is set).
///
/// `start()` binds (so `port` is known, even for port 0) and returns; `run()` starts and blocks until
/// the server has stopped. `beginDrain()` (which `ShutdownSignals` calls on SIGTERM/SIGINT) stops
/// accepting, lets requests in flight, answers pending from a `WorkerPool` and the responses being
/// written finish with `Connection: close` (answering no further pipelined request), closes idle
/// connections once the kernel has delivered their last bytes, and closes whatever is left after
/// `Timeouts.drain`. The lifecycle moves starting → running →
/// draining → stopped, and `lifecycle` (which the application may pass in, to read it for readiness)
/// shows it.
public final class Server: Sendable {
    public let configuration: ServerConfiguration
    /// The lifecycle this server advances.
    public let lifecycle: ServerLifecycle
    private let responder: any Responder
    private let running = Mutex<Running?>(nil)
    private let stopped = DispatchGroup()

    private struct Running: @unchecked Sendable {
        // EventLoop is confined to its thread; only `requestDrain()` is called from here.
        var loops: [EventLoop]
        var port: Int
        var adminPort: Int?
    }

    /// A server for `responder`; `lifecycle` is made here unless the application made it first (an
    /// app built before the server reads readiness from it).
    public init(configuration: ServerConfiguration, responder: any Responder, lifecycle: ServerLifecycle = ServerLifecycle()) {
        self.configuration = configuration
        self.responder = responder
        self.lifecycle = lifecycle
    }

    /// The bound port once started, else nil.
    public var port: Int? { running.withLock { $0?.port } }

    /// The admin listener's bound port once started; nil without one (`ServerConfiguration.admin`).
    public var adminPort: Int? { running.withLock { $0?.adminPort } }

    /// Binds every loop's listeners, starts the loops and returns; throws if binding fails.
    public func start() throws(SystemError) {
        // A peer that resets while we write must be an EPIPE result, not a process-killing signal.
        signal(SIGPIPE, SIG_IGN)
        let threads = max(1, configuration.threads)
        var listeners: [ListeningSocket] = []
        var adminListeners: [ListeningSocket] = []
        do {
            let sendBuffer = configuration.limits.socketSendBufferBytes
            let port = try Self.bind(
                host: configuration.host, port: configuration.port, count: threads, sendBufferBytes: sendBuffer, into: &listeners)
            let publicEndpoint = Endpoint(
                responder: responder, limit: configuration.limits.connections, makeTransport: configuration.makeTransport)
            var adminPort: Int?
            var adminEndpoint: Endpoint?
            if let admin = configuration.admin {
                adminPort = try Self.bind(
                    host: admin.host, port: admin.port, count: threads, sendBufferBytes: sendBuffer, into: &adminListeners)
                adminEndpoint = Endpoint(responder: admin.responder, limit: admin.maxConnections)
            }
            var loops: [EventLoop] = []
            for (slot, listener) in listeners.enumerated() {
                var sockets = [(socket: listener, endpoint: publicEndpoint)]
                if let adminEndpoint { sockets.append((adminListeners[slot], adminEndpoint)) }
                loops.append(try EventLoop(configuration: configuration, listeners: sockets))
            }
            running.withLock { $0 = Running(loops: loops, port: port, adminPort: adminPort) }
            for loop in loops {
                stopped.enter()
                let group = stopped
                let thread = Thread {
                    loop.run()
                    group.leave()
                }
                thread.name = "event-loop"
                thread.start()
            }
        } catch {
            for listener in listeners + adminListeners { listener.close() }
            throw error
        }
        lifecycle.advance(to: .running)
        let lifecycle = self.lifecycle
        stopped.notify(queue: .global()) { lifecycle.advance(to: .stopped) }
    }

    /// Binds `count` `SO_REUSEPORT` listeners on one address, appending them to `listeners` as they
    /// are made (so the caller closes them all if a later one fails), and returns the port bound.
    private static func bind(
        host: String, port: Int, count: Int, sendBufferBytes: Int, into listeners: inout [ListeningSocket]
    ) throws(SystemError) -> Int {
        if port != 0 {
            // SO_REUSEPORT would let a second server on the same port share it silently; a plain bind
            // first fails with EADDRINUSE if anyone already listens there.
            try ListeningSocket(host: host, port: port, reusePort: false).close()
        }
        let first = try ListeningSocket(host: host, port: port, sendBufferBytes: sendBufferBytes)
        listeners.append(first)
        let bound = try first.boundPort()
        for _ in 1..<count {
            listeners.append(try ListeningSocket(host: host, port: bound, sendBufferBytes: sendBufferBytes))
        }
        return bound
    }

    /// Starts, then blocks until the server has drained and stopped.
    public func run() throws(SystemError) {
        try start()
        waitUntilStopped()
    }

    /// Stops accepting and drains; returns at once. Safe from any thread, and more than once.
    public func beginDrain() {
        lifecycle.advance(to: .draining)
        let loops = running.withLock { $0?.loops ?? [] }
        for loop in loops { loop.requestDrain() }
    }

    /// Blocks until every event loop has ended.
    public func waitUntilStopped() {
        stopped.wait()
        lifecycle.advance(to: .stopped)
    }

    /// Drains and waits: what tests call in their cleanup.
    public func stop() {
        beginDrain()
        waitUntilStopped()
    }
}
