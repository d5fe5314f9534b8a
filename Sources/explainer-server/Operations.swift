import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore

/// What runs around the API in production: metrics, the event log, TLS, the rate limit and SIGHUP.
///
/// `main` builds one from the options, lets it add `/metrics` and the rate limit to the responder and
/// its hooks to the server configuration, and installs the reload signal, so `main` stays a list of
/// calls and each concern keeps to its own module.
struct Operations {
    /// The prefix of every metric family but the standard process ones: `explainer_http_requests_total`.
    static let metricsNamespace = "explainer"

    let options: ServeOptions
    let metrics: ServerMetrics
    let log: EventLog
    /// The TLS context when `--tls-cert` and `--tls-key` are given.
    let tls: TLSContext?

    /// Loads the certificate (when TLS is on); throws when it cannot be used.
    init(options: ServeOptions) throws(TLSError) {
        self.options = options
        metrics = ServerMetrics(namespace: Self.metricsNamespace)
        BuildInfo.register(in: metrics.registry)
        log = EventLog(minimumLevel: LogLevel(name: options.logLevel) ?? .info)
        if let certificate = options.tlsCertificate, let key = options.tlsKey {
            tls = try TLSContext(
                TLSConfiguration(certificatePath: certificate, privateKeyPath: key, maxPendingHandshakes: options.tlsHandshakes))
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

    /// Adds `/metrics` (with the variant memo's counters and the crisis levels answered) to the app's
    /// routes, or to its admin routes with `--admin-listen`, and returns the responder to serve,
    /// rate-limited if asked; the app's envelope is outermost either way, so a 429 carries what every
    /// response does. Logs nothing: start-up events wait for `logStarted`.
    func responder(for app: inout ExplainerApp) -> any Responder {
        if options.adminListen == nil {
            MetricsRoute.add(to: &app.router, metrics: metrics)
        } else {
            MetricsRoute.add(to: &app.adminRouter, metrics: metrics)
        }
        Self.addMemoMetrics(app.live.memoStatistics, to: metrics.registry)
        app.live.signalCounts.register(in: metrics.registry)
        guard let policy = rateLimitPolicy else { return app.responder }
        let limiter = RateLimiter(policy: policy)
        let clients = ClientAddress(trustedProxies: options.trustProxy)
        return app.responder { routes in
            RateLimitResponder(routes, limiter: limiter, clients: clients, exempt: ExplainerApp.unlimitedPaths)
        }
    }

    /// The admin listener `--admin-listen` asks for, answered by the app's admin routes; read after
    /// `responder(for:)` has put `/metrics` there.
    func adminListener(for app: ExplainerApp) -> AdminListener? {
        options.adminListen.map { AdminListener(host: $0.host, port: $0.port, responder: app.adminResponder) }
    }

    /// The rate limit's policy, when `--rate-limit` is given.
    var rateLimitPolicy: RateLimitPolicy? {
        options.rateLimit.map { RateLimitPolicy(ratePerSecond: $0, burst: options.burst) }
    }

    /// Logs what the server started with, once `listening on` is out, so that line stays first on stderr.
    func logStarted(_ load: ContentLoad, _ index: ContentIndex, port: Int, adminPort: Int?) {
        logContentServed(load, index)
        if let policy = rateLimitPolicy {
            log.info(
                "ratelimit.on", "Per-client rate limit on.",
                [
                    ("rate_per_second", .double(policy.ratePerSecond)), ("burst", .int(policy.burst)),
                    ("trusted_proxies", .int(options.trustProxy.count)),
                ])
        }
        var fields: [(String, EventLog.Value)] = [
            ("host", .string(options.host)), ("port", .int(port)), ("threads", .int(options.threads)),
            ("tls", .bool(tls != nil)), ("memo_bytes", .int(options.memoBytes)),
        ]
        if let admin = options.adminListen, let adminPort {
            fields += [("admin_host", .string(admin.host)), ("admin_port", .int(adminPort))]
        }
        log.info("server.start", "Serving.", fields)
        if options.publicURL == nil && !options.listensOnLoopbackOnly {
            // Readers elsewhere reach the server through a name or a proxy the server cannot know,
            // and it never builds links from the request's Host, so its absolute links may not work.
            log.warn(
                "public_url.missing",
                "Listening beyond loopback without --public-url: absolute links use the listening address, "
                    + "which readers may not reach. Set --public-url (EXPLAINER_PUBLIC_URL).",
                [("host", .string(options.host)), ("link_base", .string(options.listeningURL))])
        }
        for warning in ContentCheck.warnings(of: index, today: ContentDate(containing: Date())) {
            log.warn("content.review_due", "A section's next review has passed.", [("detail", .string(warning))])
        }
    }

    /// The variant memos' hits, misses, evictions and bytes held, read from `statistics` at each scrape.
    static func addMemoMetrics(_ statistics: MemoStatistics, to registry: MetricsRegistry) {
        registry.register(.counter, "response_memo_hits_total", help: "Query-variant look-ups answered from the response memo.")
        registry.register(.counter, "response_memo_misses_total", help: "Query-variant look-ups that rendered the body.")
        registry.register(
            .counter, "response_memo_evictions_total", help: "Memoised variants evicted to stay within --memo-bytes.")
        registry.register(.gauge, "response_memo_bytes", help: "Bytes the response memos hold now, by their own estimate.")
        registry.addCollector { registry in
            registry.set("response_memo_hits_total", Double(statistics.hits))
            registry.set("response_memo_misses_total", Double(statistics.misses))
            registry.set("response_memo_evictions_total", Double(statistics.evictions))
            registry.set("response_memo_bytes", Double(statistics.bytes))
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

    /// Makes SIGHUP reload the content folder (and the certificate) into `live`, then hand the memory
    /// the old snapshot and the load freed back to the kernel (`HeapTrim`).
    func installReload(live: LiveContent) {
        let reloader = ContentReloader(directory: options.content, live: live, metrics: metrics, log: log, tls: tls)
        ReloadSignal.install {
            reloader.reload()
            HeapTrim.afterSwap()
        }
    }
}
