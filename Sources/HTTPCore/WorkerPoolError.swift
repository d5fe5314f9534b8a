/// Why `WorkerPool.submit` refused work; the handler then answers at once another way.
public enum WorkerPoolError: Error, Sendable, Equatable {
    /// Every worker is busy and the queue holds `WorkerPool.queueLimit` jobs already.
    case full
    /// The pool was shut down.
    case stopped
}
