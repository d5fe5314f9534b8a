/// Thrown by `withTimeout` when the operation did not finish in time.
public struct TimeoutError: Error, CustomStringConvertible {
    public let limit: Duration
    public var description: String { "timed out after \(limit)" }
}
