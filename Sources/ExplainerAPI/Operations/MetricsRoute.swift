import HTTPCore

/// The `/metrics` route: Prometheus text, never cached, rendered fresh on every scrape.
public enum MetricsRoute {
    /// The route's path.
    public static let path = "/metrics"

    /// Adds `GET /metrics` (and so HEAD) to `router`, answering from `metrics`.
    public static func add(to router: inout Router, metrics: ServerMetrics) {
        router.get(path) { _ in
            Response(
                status: .ok, contentType: MetricsRegistry.contentType, body: Array(metrics.render().utf8),
                headers: ["Cache-Control": "no-store"])
        }
    }
}
