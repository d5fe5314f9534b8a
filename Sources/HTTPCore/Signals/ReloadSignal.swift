import Foundation
import Glibc

/// Turns SIGHUP into a call on its own thread, as `ShutdownSignals` does for SIGTERM and SIGINT.
///
/// SIGHUP is blocked in the calling thread (and so in every thread started after it) and taken with
/// `sigwait` by a dedicated thread, so a reload runs as ordinary code: it may load files, take locks
/// and render for as long as it needs while the event loops keep serving. Install before
/// `Server.start()` so the loop threads inherit the mask; signals arriving during a reload queue up
/// (at most one pending), and reloads never overlap because one thread runs them.
public enum ReloadSignal {
    /// Blocks SIGHUP and calls `handler` for each one that arrives.
    public static func install(_ handler: @escaping @Sendable () -> Void) {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        // The thread starts with every signal blocked, so SIGTERM and SIGINT (which `ShutdownSignals`
        // blocks only later) can never land on it and kill the process instead of draining it.
        var all = sigset_t()
        var previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let thread = Thread {
            var set = signalSet()
            var signal: Int32 = 0
            while true {
                if sigwait(&set, &signal) == 0 { handler() }
            }
        }
        thread.name = "reload"
        thread.start()
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGHUP)
        return set
    }
}
