import Glibc

/// Turns SIGHUP into a call on its own thread, as `ShutdownSignals` does for SIGTERM and SIGINT.
///
/// A reload runs there as ordinary code: it may load files, take locks and render for as long as it
/// needs while the event loops keep serving, and a SIGTERM meanwhile is taken by the shutdown thread
/// at once. SIGHUPs that arrive during a reload make one more reload, not one each, and reloads never
/// overlap because one thread runs them.
public enum ReloadSignal {
    /// Calls `handler` for each SIGHUP, or once for a burst of them.
    public static func install(_ handler: @escaping @Sendable () -> Void) {
        SignalRelay.install([SIGHUP], name: "reload", coalesce: true) { _ in handler() }
    }
}
