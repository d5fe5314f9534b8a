import Glibc

/// Runs a server as a process's main job: signals, the `listening on` line, drain, exit status.
///
/// SIGTERM or SIGINT starts a drain (a second one exits at once with status 1). The first line on
/// stderr is `listening on http://H:P` (`https://` when serving TLS) with the bound port, so
/// `--port 0` callers can read it.
public enum ServerRunner {
    /// Runs until the server has drained; returns the process's exit status (0 after a drain).
    ///
    /// `onListening` runs right after the `listening on` line, so start-up events logged there come
    /// after it and the line stays first on stderr. `onDrain` runs with the signal's number when a
    /// drain begins, on the signal thread, so the drain can be logged. `scheme` is what the line
    /// names: `https` when the server's transport is TLS.
    public static func run(
        _ server: Server, scheme: String = "http", onListening: () -> Void = {},
        onDrain: @escaping @Sendable (Int32) -> Void = { _ in }
    ) -> Int32 {
        ShutdownSignals.install { signal in
            if server.lifecycle.isDraining { _exit(1) }
            onDrain(signal)
            server.beginDrain()
        }
        do {
            try server.start()
        } catch {
            StandardError.write(
                "\(server.configuration.serverName): cannot listen on \(server.configuration.host):\(server.configuration.port): \(error)")
            return 1
        }
        let host = server.configuration.host.contains(":") ? "[\(server.configuration.host)]" : server.configuration.host
        StandardError.write("listening on \(scheme)://\(host):\(server.port ?? 0)")
        onListening()
        server.waitUntilStopped()
        server.configuration.accessLog?.flush()
        return 0
    }
}
