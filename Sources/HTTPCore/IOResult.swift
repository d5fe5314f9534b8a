/// The outcome of a non-blocking system call that did not fail: its value, or "try again later".
///
/// EAGAIN is not an error on a non-blocking socket, so it is a value the event loop switches on
/// instead of an exception it catches.
public enum IOResult<Value: Sendable>: Sendable {
    case value(Value)
    case wouldBlock
}

extension IOResult: Equatable where Value: Equatable {}
