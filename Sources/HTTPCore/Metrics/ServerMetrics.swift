#if canImport(Glibc)
    import Glibc
#endif

/// The HTTP server's metrics for `/metrics`, with one method per event that feeds them; an
/// application registers its own families in the same `registry`.
///
/// Names follow Prometheus conventions (`_total` counters, base units: seconds and bytes) and carry
/// the registry's namespace (`app_http_requests_total`); the process metrics are the standard
/// unprefixed ones (`ProcessMetrics`). Routes are
/// labelled by their pattern (`/v1/sections/{id}`), never by the raw path, so a client cannot create
/// new time series by inventing URLs; responses no route answered share the label `unmatched`.
public final class ServerMetrics: Sendable {
    /// The registry behind these metrics, for rendering and for tests that read a value back.
    public let registry: MetricsRegistry

    /// Upper bounds of the latency histogram, in seconds: pre-rendered responses take microseconds, so
    /// the buckets start at 100 µs and stop where a response is clearly broken.
    public static let latencyBuckets: [Double] = [
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ]

    /// Where answered requests are counted between reads of the registry; a power of two, well
    /// above the event-loop count, so each loop's thread usually has a shard (and a lock) of its own.
    let requestShards: [RequestMetricsShard] = (0..<16).map { _ in RequestMetricsShard() }

    /// Registers every family and records the process start time (seconds since the Unix epoch).
    ///
    /// - Parameter namespace: the application's name, the prefix of every family but the process
    ///   ones (see `MetricsRegistry.init(namespace:)`). Default: none.
    public init(namespace: String = "", startTime: Double = ServerMetrics.now()) {
        registry = MetricsRegistry(namespace: namespace)
        let r = registry
        r.addCollector { [requestShards] registry in
            for shard in requestShards { shard.drain(into: registry) }
        }
        r.register(
            .counter, "http_requests_total", help: "HTTP requests answered, by route pattern, method and status.",
            labels: ["route", "method", "status"])
        r.register(
            .histogram, "http_request_duration_seconds", help: "Time from a complete request to its response queued, by route pattern.",
            labels: ["route"], buckets: Self.latencyBuckets)
        r.register(.counter, "http_response_bytes_total", help: "Bytes of response bodies sent (HEAD, 204 and 304 send none).")
        r.register(.gauge, "http_open_connections", help: "Client connections open now.")
        r.register(.counter, "http_connections_total", help: "Client connections accepted.")
        r.register(.counter, "http_rate_limited_total", help: "Requests answered 429 by the per-client rate limit.")
        r.register(
            .counter, "tls_handshakes_total", help: "TLS handshakes by outcome (success, failure, timeout, abandoned, over_capacity).",
            labels: ["outcome"]
        )
        r.register(
            .counter, "tls_certificate_reloads_total", help: "TLS certificate reloads by outcome (success, failure).", labels: ["outcome"])
        ProcessMetrics.register(in: r, startTime: startTime)
        for outcome in ["success", "failure"] {
            r.add("tls_certificate_reloads_total", 0, labels: [outcome])
        }
        for outcome in ["success", "failure", "timeout", "abandoned", "over_capacity"] {
            r.add("tls_handshakes_total", 0, labels: [outcome])
        }
        r.add("http_response_bytes_total", 0)
        r.add("http_rate_limited_total", 0)
        r.add("http_connections_total", 0)
        r.set("http_open_connections", 0)
    }

    /// Records one answered request. `route` is the matched pattern, or `unmatched`.
    public func requestCompleted(route: String, method: String, status: Int, bytes: Int, seconds: Double) {
        // The thread's id spread by a multiplication (Fibonacci hashing) rather than `hashValue`,
        // which ran SipHash on every request; the shard is only there to keep threads apart.
        let spread = UInt64(pthread_self()) &* 0x9E37_79B9_7F4A_7C15
        let shard = requestShards[Int(truncatingIfNeeded: spread >> 32) & (requestShards.count - 1)]
        shard.record(
            RequestMetricsShard.Series(route: route, method: method, status: status), bytes: bytes, seconds: seconds,
            buckets: Self.latencyBuckets)
        if status == 429 { registry.add("http_rate_limited_total") }
    }

    /// A client connection was accepted.
    public func connectionOpened() {
        registry.add("http_open_connections", 1)
        registry.add("http_connections_total")
    }

    /// A client connection was closed, for whatever reason.
    public func connectionClosed() { registry.add("http_open_connections", -1) }

    /// A TLS handshake ended: `success`, `failure` (protocol error, plain HTTP), `timeout`, or
    /// `abandoned` (the client closed first).
    public func tlsHandshake(_ outcome: String) { registry.add("tls_handshakes_total", labels: [outcome]) }

    /// A certificate reload was tried.
    public func tlsCertificateReloaded(success: Bool) {
        registry.add("tls_certificate_reloads_total", labels: [success ? "success" : "failure"])
    }

    /// The exposition text; collectors (the process metrics, the request shards) run first.
    public func render() -> String { registry.render() }

    /// Wall-clock time in seconds since the Unix epoch.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
