import ExplainerAPI
import ExplainerContent
import Glibc
import HTTPCore

extension Operations {
    /// The whole `serve` command: load and validate the content, build the API with its operational
    /// parts, install SIGHUP, then run the server until it has drained. Returns the exit status:
    /// 0 after a drain, 1 when it cannot listen or the certificate is unusable, 2 on invalid content.
    /// Every option was checked when it was parsed.
    static func serve(_ options: ServeOptions) -> Int32 {
        OperatorSignals.ignore()
        let operations: Operations
        do throws(TLSError) {
            operations = try Operations(options: options)
        } catch {
            EventLog().error("tls.failed", "The TLS certificate or key cannot be used.", [("reason", .string(error.description))])
            return 1
        }
        let load = operations.loadContent()
        let index: ContentIndex
        switch load.result {
        case .success(let loaded):
            index = loaded
        case .failure(let report):
            // The same report `check` prints, so an operator sees every problem at once.
            StandardError.write(report.description)
            return 2
        }

        var configuration = options.serverConfiguration()
        var api = APIConfiguration()
        if !options.corsOrigins.isEmpty { api.corsOrigins = options.corsOrigins }
        if let maxAge = options.cacheMaxAge { api.cacheMaxAge = maxAge }
        if let ancestors = options.frameAncestors { api.frameAncestors = ancestors }
        api.variantMemoBytes = options.memoBytes
        api.publicURL = options.publicURL
        api.linkBase = options.publicURL ?? options.listeningURL
        api.mcpOrigins = options.mcpOrigins
        let lifecycle = ServerLifecycle()
        let semantic = operations.loadSemanticSearch()
        var app = ExplainerApp(index: index, configuration: api, lifecycle: lifecycle, semantic: semantic)
        let responder = operations.responder(for: &app)
        configuration.bodyPolicy = app.bodyPolicy
        configuration.problemTypeBase = api.problemTypeBase
        configuration.admin = operations.adminListener(for: app)
        operations.configure(&configuration)
        operations.installReload(live: app.live)
        let server = Server(configuration: configuration, responder: responder, lifecycle: lifecycle)
        let log = operations.log
        let drainSeconds = options.drainTimeout
        let onDrain: @Sendable (Int32) -> Void = { signal in
            log.info(
                "server.drain", "Draining: no new connections, finishing requests in flight.",
                [("signal", .string(signal == SIGINT ? "SIGINT" : "SIGTERM")), ("drain_timeout_seconds", .double(drainSeconds))])
        }
        let live = app.live
        let onListening = {
            operations.logStarted(load, index, port: server.port ?? 0, adminPort: server.adminPort)
            operations.logSearch(live)
        }
        let status = ServerRunner.run(
            server, scheme: operations.tls == nil ? "http" : "https", onListening: onListening, onDrain: onDrain)
        semantic.shutdown()
        operations.log.info("server.stopped", "Drained and stopped.", [("exit_status", .int(Int(status)))])
        return status
    }
}
