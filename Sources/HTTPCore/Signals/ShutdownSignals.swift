import Foundation
import Glibc

/// Turns SIGTERM and SIGINT into a call on an ordinary thread, where it may take locks and wake loops.
///
/// The signals are blocked in the calling thread, and so in every thread started after it, and a
/// dedicated thread takes them with `sigwait`: no code runs in signal-handler context. Install before
/// `Server.start()` so the event loop threads inherit the mask.
public enum ShutdownSignals {
    /// Blocks SIGTERM and SIGINT and calls `handler` with each one that arrives.
    public static func install(_ handler: @escaping @Sendable (Int32) -> Void) {
        var set = signalSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let thread = Thread {
            var set = signalSet()
            var signal: Int32 = 0
            while true {
                if sigwait(&set, &signal) == 0 { handler(signal) }
            }
        }
        thread.name = "signals"
        thread.start()
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGINT)
        return set
    }
}
