import Glibc

/// The signals whose default action would end the process but that mean nothing to this server:
/// set to be ignored at start, so an operator's stray `kill -USR1` (a log-rotation habit from other
/// daemons) or a timer signal from a debugger or profiler cannot take the service down.
///
/// SIGTERM and SIGINT (drain) and SIGHUP (reload) are taken by their own threads (`ShutdownSignals`,
/// `ReloadSignal`); SIGQUIT, SIGKILL and the crash signals (SIGSEGV, SIGABRT, ...) keep their default
/// action on purpose. The list is in `--help` and in `Deploy/README.md`.
enum OperatorSignals {
    /// The ignored signals and their names, as `--help` lists them.
    static let ignored: [(signal: Int32, name: String)] = [
        (SIGPIPE, "SIGPIPE"), (SIGUSR1, "SIGUSR1"), (SIGUSR2, "SIGUSR2"), (SIGALRM, "SIGALRM"), (SIGVTALRM, "SIGVTALRM"),
        (SIGPROF, "SIGPROF"), (SIGIO, "SIGIO"), (SIGPWR, "SIGPWR"), (SIGXCPU, "SIGXCPU"), (SIGXFSZ, "SIGXFSZ"),
        (SIGSTKFLT, "SIGSTKFLT"),
    ]

    /// Sets every signal in `ignored` to `SIG_IGN`; call before any thread starts.
    static func ignore() {
        for entry in ignored { signal(entry.signal, SIG_IGN) }
    }
}
