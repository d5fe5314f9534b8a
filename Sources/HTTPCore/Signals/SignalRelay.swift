import Foundation
import Glibc

/// Turns chosen signals into ordinary calls on a thread of their own, whichever thread the kernel
/// delivers them to.
///
/// `sigwait` alone needs a signal blocked in every thread, and a library that starts threads of its
/// own leaves those threads open to it: OpenBLAS, when it was linked, started its pool before `main`
/// could block anything (today it is loaded later, with `dlopen`, but any library may do the same),
/// and SIGTERM landed there and killed the process with its default action instead of draining it. So each relayed signal gets a handler that does one async-signal-safe thing, `write`
/// its number to the pipe of its group, and a thread per group reads the pipe and runs the group's
/// handler as ordinary code, where it may take locks, load files and log. The write end is
/// non-blocking, so a handler never waits; `SA_RESTART` restarts the system calls it interrupts
/// (and `Syscall` retries `EINTR` where the kernel does not restart, as with `epoll_wait`).
enum SignalRelay {
    /// Each signal's pipe write end, by signal number (-1: not relayed). Raw memory, read by the
    /// handler without retaining anything; written only by `install`, before the signal's handler is set.
    nonisolated(unsafe) static let writeEnds: UnsafeMutablePointer<Int32> = {
        let ends = UnsafeMutablePointer<Int32>.allocate(capacity: Int(NSIG))
        ends.initialize(repeating: -1, count: Int(NSIG))
        return ends
    }()

    /// Relays `signals` to `handler`, called on a new thread named `name` with each signal's number.
    /// Call it from the main thread before starting others, so they inherit the unblocked mask.
    /// With `coalesce`, signals that arrive while the handler runs make one more call, not one each.
    static func install(_ signals: [Int32], name: String, coalesce: Bool, _ handler: @escaping @Sendable (Int32) -> Void) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            StandardError.write("\(name): cannot relay signals: pipe failed, errno \(errno)")
            return
        }
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(ends[1], F_SETFL, fcntl(ends[1], F_GETFL) | O_NONBLOCK)
        let readEnd = ends[0]
        let thread = Thread {
            var byte: UInt8 = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count < 0 && errno == EINTR { continue }
                guard count == 1 else { return }
                if coalesce { drainPending(readEnd) }
                handler(Int32(byte))
            }
        }
        thread.name = name
        thread.start()
        // A parent may hand down a mask that blocks them (Foundation's `Process` does): unblock them
        // here, so the calling thread, and every thread it starts from now on, can take them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in signals { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signal in signals {
            writeEnds[Int(signal)] = ends[1]
            var action = sigaction()
            action.__sigaction_handler.sa_handler = relaySignal
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Reads whatever else is already in the pipe, so a burst of signals makes one call.
    private static func drainPending(_ fd: Int32) {
        var pending = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var scratch = [UInt8](repeating: 0, count: 64)
        while poll(&pending, 1, 0) == 1 && pending.revents & Int16(POLLIN) != 0 {
            guard read(fd, &scratch, scratch.count) > 0 else { return }
        }
    }
}

/// The handler of every relayed signal: one `write(2)`, which is async-signal-safe; errno is kept.
private func relaySignal(_ signal: Int32) {
    let saved = errno
    let fd = SignalRelay.writeEnds[Int(signal)]
    if fd >= 0 {
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(fd, &byte, 1)
    }
    errno = saved
}
