import Synchronization

/// The server's lifecycle state, shared with the application so it can answer readiness (`/readyz`).
///
/// The server moves it forward; the application only reads it. Pass one in `ServerConfiguration`
/// and keep a reference: `isDraining` turns true the moment SIGTERM arrives, so a load balancer
/// polling readiness stops sending traffic while requests in flight finish.
public final class ServerLifecycle: Sendable {
    private let state = Mutex(LifecycleState.starting)

    public init() {}

    /// The current state.
    public var current: LifecycleState { state.withLock { $0 } }

    /// Whether the server has begun draining or has stopped: it should be reported not ready.
    public var isDraining: Bool { current >= .draining }

    /// Moves to a later state; a move backwards is ignored, so racing callers cannot undo a drain.
    /// Returns whether the state changed.
    @discardableResult
    package func advance(to next: LifecycleState) -> Bool {
        state.withLock { current in
            guard next > current else { return false }
            current = next
            return true
        }
    }
}
