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

    /// Records the content served at start-up in the metrics; `logContentServed` logs it once listening.
    func contentServed(_ index: ContentIndex, loadSeconds: Double) {
        metrics.contentServed(version: index.contentVersion, loadSeconds: loadSeconds)
    }

    /// Logs the content served at start-up.
    func logContentServed(_ index: ContentIndex, loadSeconds: Double) {
        log.info(
            "content.loaded", "Content loaded.",
            [("version", .string(index.contentVersion)), ("load_seconds", .double(loadSeconds)), ("directory", .string(options.content))])
    }

    /// Adds `/metrics` to the app's routes and returns the responder to serve, rate-limited if asked.
    func responder(for app: inout ExplainerApp) -> any Responder {
        MetricsRoute.add(to: &app.router, metrics: metrics)
        let inner = app.responder
        guard let rate = options.rateLimit else { return inner }
        let policy = RateLimitPolicy(ratePerSecond: rate, burst: options.burst)
        // `serve` has already refused a list with a malformed entry, so nothing is dropped here.
        let proxies = options.trustProxy.compactMap { CIDRBlock($0) }
        log.info(
            "ratelimit.on", "Per-client rate limit on.",
            [("rate_per_second", .double(rate)), ("burst", .int(policy.burst)), ("trusted_proxies", .int(proxies.count))])
        var limited = RateLimitResponder(inner, limiter: RateLimiter(policy: policy), clients: ClientAddress(trustedProxies: proxies))
        let live = app.live
        let cors = CORSPolicy(allowedOrigins: app.configuration.corsOrigins, maxAge: app.configuration.corsMaxAge)
        limited.decorate = { response, request in
            response.headers.set("X-Content-Version", live.contentVersion)
            cors.apply(to: &response, for: request)
        }
        return limited
    }

    /// Adds the metrics observer, the connection-counting (and TLS) transport and the event log.
    func configure(_ configuration: inout ServerConfiguration, routePatterns: [String]) {
        let observer = metrics.observer(routes: RouteLabel(patterns: routePatterns))
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
