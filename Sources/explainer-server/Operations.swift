import ExplainerAPI
import ExplainerContent
import HTTPCore

/// What runs around the API in production: metrics, the event log, TLS, the rate limit and SIGHUP.
///
/// `main` builds one from the options, lets it add `/metrics` and the rate limit to the responder and
/// its hooks to the server configuration, and installs the reload signal, so `main` stays a list of
/// calls and each concern keeps to its own module.
struct Operations {
    let options: ServeOptions
    let metrics: ServerMetrics
    let log: EventLog
    /// The TLS context when `--tls-cert` and `--tls-key` are given.
    let tls: TLSContext?

    /// Loads the certificate (when TLS is on); throws when it cannot be used.
    init(options: ServeOptions) throws(TLSError) {
        self.options = options
        metrics = ServerMetrics()
        log = EventLog(minimumLevel: LogLevel(name: options.logLevel) ?? .info)
        if let certificate = options.tlsCertificate, let key = options.tlsKey {
            tls = try TLSContext(TLSConfiguration(certificatePath: certificate, privateKeyPath: key))
        } else {
            tls = nil
        }
    }

    /// Loads the content folder, timed and recorded in the content metrics, as every reload does.
    func loadContent() -> ContentLoad {
        ContentLoad.run(directory: options.content, metrics: ContentMetrics(registry: metrics.registry))
    }

    /// Logs the content served at start-up.
    func logContentServed(_ load: ContentLoad, _ index: ContentIndex) {
        log.info("content.loaded", "Content loaded.", load.fields(index))
    }

    /// Adds `/metrics` to the app's routes and returns the responder to serve, rate-limited if asked;
    /// the app's envelope is outermost either way, so a 429 carries what every response does.
    func responder(for app: inout ExplainerApp) -> any Responder {
        MetricsRoute.add(to: &app.router, metrics: metrics)
        guard let rate = options.rateLimit else { return app.responder }
        let policy = RateLimitPolicy(ratePerSecond: rate, burst: options.burst)
        // `serve` has already refused a list with a malformed entry, so nothing is dropped here.
        let proxies = options.trustProxy.compactMap { CIDRBlock($0) }
        log.info(
            "ratelimit.on", "Per-client rate limit on.",
            [("rate_per_second", .double(rate)), ("burst", .int(policy.burst)), ("trusted_proxies", .int(proxies.count))])
        let limiter = RateLimiter(policy: policy)
        let clients = ClientAddress(trustedProxies: proxies)
        return app.responder { routes in
            RateLimitResponder(routes, limiter: limiter, clients: clients, exempt: ExplainerApp.unlimitedPaths)
        }
    }

    /// Names the server, and adds the metrics observer, the connection-counting (and TLS) transport and
    /// the event log.
    func configure(_ configuration: inout ServerConfiguration) {
        configuration.serverName = "explainer-server"
        let observer = metrics.observer()
        let previous = configuration.onResponse
        configuration.onResponse = { entry in
            previous?(entry)
            observer(entry)
        }
        let log = log
        configuration.logError = { line in log.error("server.error", line) }
        let metrics = metrics
        if let tls {
            configuration.makeTransport = { fd throws in
                ObservedTransport(try TLSTransport(fileDescriptor: fd, context: tls, metrics: metrics), metrics: metrics)
            }
        } else {
            configuration.makeTransport = { fd in ObservedTransport(SocketTransport(fileDescriptor: fd), metrics: metrics) }
        }
    }

    /// Makes SIGHUP reload the content folder (and the certificate) into `live`.
    func installReload(live: LiveContent) {
        let reloader = ContentReloader(directory: options.content, live: live, metrics: metrics, log: log, tls: tls)
        ReloadSignal.install { reloader.reload() }
    }
}
