import Glibc

/// Turns SIGTERM and SIGINT into a call on an ordinary thread, where it may take locks and wake loops.
///
/// `SignalRelay` takes them whichever thread the kernel picks (threads a library started before
/// `main` included), so no code but one `write` runs in signal-handler context and every signal is
/// seen. Each signal makes one call: a second SIGTERM during a drain is how an operator says "now".
public enum ShutdownSignals {
    /// Calls `handler` on the relay's thread with each SIGTERM or SIGINT that arrives.
    public static func install(_ handler: @escaping @Sendable (Int32) -> Void) {
        SignalRelay.install([SIGTERM, SIGINT], name: "signals", coalesce: false, handler)
    }
}
