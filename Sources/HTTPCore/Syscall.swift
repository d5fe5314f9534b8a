import Glibc

/// The one wrapper every system call goes through, as NIOPosix's `syscall(blocking:where:)`.
///
/// It retries EINTR, so a signal arriving mid-call is never an error; returns EAGAIN/EWOULDBLOCK as
/// `.wouldBlock`; and throws `SystemError` with errno and the call's name for everything else.
package enum Syscall {
    /// Runs a call that returns -1 and sets errno on failure.
    @inline(__always)
    package static func run<T: FixedWidthInteger & Sendable>(_ name: StaticString, _ call: () -> T) throws(SystemError) -> IOResult<T> {
        while true {
            let result = call()
            if result != -1 { return .value(result) }
            let code = Glibc.errno
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: throw SystemError(call: "\(name)", errno: code)
            }
        }
    }

    /// Runs a call that must not block (setup calls such as `bind` or `epoll_ctl`); EAGAIN is an error here.
    @discardableResult
    package static func runChecked<T: FixedWidthInteger & Sendable>(_ name: StaticString, _ call: () -> T) throws(SystemError) -> T {
        switch try run(name, call) {
        case .value(let v): return v
        case .wouldBlock: throw SystemError(call: "\(name)", errno: EAGAIN)
        }
    }
}
