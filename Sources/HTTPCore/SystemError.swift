import Glibc

/// A failed system call: which call, and the errno it left.
///
/// Thrown by `Syscall.run` for every errno except EINTR (retried) and EAGAIN (returned as a value).
/// Its description names the call and the C library's message, for logs only: it never reaches a client.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call's name, such as `"accept4"` or `"writev"`.
    public let call: String
    /// The errno value the call left.
    public let errno: Int32

    public init(call: String, errno: Int32) {
        self.call = call
        self.errno = errno
    }

    public var description: String { "\(call): \(String(cString: strerror(errno))) (errno \(errno))" }
}
