/// Where the server is in its life: starting → running → draining → stopped, never backwards.
public enum LifecycleState: Int, Sendable, Comparable, CustomStringConvertible {
    /// Binding and spawning its event loops.
    case starting
    /// Accepting and serving.
    case running
    /// No longer accepting; finishing requests in flight, closing idle connections.
    case draining
    /// Every connection is closed and every loop has ended.
    case stopped

    public static func < (a: LifecycleState, b: LifecycleState) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .starting: "starting"
        case .running: "running"
        case .draining: "draining"
        case .stopped: "stopped"
        }
    }
}
