#if canImport(Glibc)
    import Glibc
#endif

/// The HTTP server's metrics for `/metrics`, with one method per event that feeds them; an
/// application registers its own families in the same `registry`.
///
/// Names follow Prometheus conventions (`_total` counters, base units: seconds and bytes). Routes are
/// labelled by their pattern (`/v1/sections/{id}`), never by the raw path, so a client cannot create
/// new time series by inventing URLs; responses no route answered share the label `unmatched`.
public final class ServerMetrics: Sendable {
    /// The registry behind these metrics, for rendering and for tests that read a value back.
    public let registry = MetricsRegistry()

    /// Upper bounds of the latency histogram, in seconds: pre-rendered responses take microseconds, so
    /// the buckets start at 100 µs and stop where a response is clearly broken.
    public static let latencyBuckets: [Double] = [
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    ]

    /// Where answered requests are counted between reads of the registry; a power of two, well
    /// above the event-loop count, so each loop's thread usually has a shard (and a lock) of its own.
    let requestShards: [RequestMetricsShard] = (0..<16).map { _ in RequestMetricsShard() }

    /// Registers every family and records the process start time (seconds since the Unix epoch).
    public init(startTime: Double = ServerMetrics.now()) {
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
        r.register(.gauge, "process_start_time_seconds", help: "Start time of the process since the Unix epoch in seconds.")
        r.register(.gauge, "process_resident_memory_bytes", help: "Resident memory size in bytes.")
        r.register(.gauge, "process_open_fds", help: "Number of open file descriptors.")
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
        r.set("process_start_time_seconds", startTime)
    }

    /// Records one answered request. `route` is the matched pattern, or `unmatched`.
    public func requestCompleted(route: String, method: String, status: Int, bytes: Int, seconds: Double) {
        let shard = requestShards[pthread_self().hashValue & (requestShards.count - 1)]
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

    /// The exposition text, with the process gauges read fresh from /proc.
    public func render() -> String {
        if let rss = Self.residentBytes() { registry.set("process_resident_memory_bytes", Double(rss)) }
        if let fds = Self.openDescriptors() { registry.set("process_open_fds", Double(fds)) }
        return registry.render()
    }

    /// Wall-clock time in seconds since the Unix epoch.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The resident set size from /proc/self/statm (second field, in pages).
    public static func residentBytes() -> Int? {
        guard let text = readSmallFile("/proc/self/statm") else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func openDescriptors() -> Int? {
        guard let dir = opendir("/proc/self/fd") else { return nil }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let first = withUnsafeBytes(of: entry.pointee.d_name) { $0.first ?? 0 }
            if first != UInt8(ascii: ".") { count += 1 }
        }
        return count - 1  // the directory stream's own descriptor
    }

    static func readSmallFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self)
    }
}
