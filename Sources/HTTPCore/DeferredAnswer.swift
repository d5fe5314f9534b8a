import Synchronization

/// A response a worker is making off the event loop, handed back to the connection's loop when done.
///
/// Made by `WorkerPool.submit`. Two threads meet here once: the worker that completes it and the loop
/// that waits for it, in either order. If the worker finishes first, the loop takes the response at
/// once; otherwise the loop leaves a notification the worker calls when it finishes. A connection that
/// closed meanwhile is simply no longer waiting: its loop drops the response.
public final class DeferredAnswer: Sendable {
    private enum State {
        case running
        case awaited(@Sendable (DeferredAnswer) -> Void)
        case done(Response)
        case taken
    }

    private let state = Mutex<State>(.running)

    init() {}

    /// Called by the worker with the finished response; notifies the loop if it is waiting.
    func complete(_ response: Response) {
        let notify = state.withLock { state -> (@Sendable (DeferredAnswer) -> Void)? in
            switch state {
            case .running:
                state = .done(response)
                return nil
            case .awaited(let notify):
                state = .done(response)
                return notify
            case .done, .taken:
                return nil
            }
        }
        notify?(self)
    }

    /// The response if it is already done (taken now), else nil after leaving `notify` for the worker.
    func takeOrNotify(_ notify: @escaping @Sendable (DeferredAnswer) -> Void) -> Response? {
        state.withLock { state in
            if case .done(let response) = state {
                state = .taken
                return response
            }
            if case .running = state { state = .awaited(notify) }
            return nil
        }
    }

    /// The response once the worker has completed it (after the notification), taken once.
    func take() -> Response? {
        state.withLock { state in
            guard case .done(let response) = state else { return nil }
            state = .taken
            return response
        }
    }
}
