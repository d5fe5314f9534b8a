import Synchronization

/// Open connections across every event loop, for the connection cap (`Limits.connections`).
final class ConnectionCounter: Sendable {
    private let count = Atomic<Int>(0)

    /// Counts a new connection if the cap allows it; false means close it at once.
    func tryAcquire(limit: Int) -> Bool {
        let after = count.add(1, ordering: .relaxed).newValue
        if after <= limit { return true }
        count.subtract(1, ordering: .relaxed)
        return false
    }

    func release() {
        count.subtract(1, ordering: .relaxed)
    }

    var current: Int { count.load(ordering: .relaxed) }
}
