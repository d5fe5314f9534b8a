import HTTPCore

/// The content's own metrics on `/metrics`: which version is served, when it was loaded and how long
/// that took, and how reloads went. They live with the API, not in HTTPCore's server metrics, which
/// know nothing of content; they share the server's registry, so one scrape shows both.
public struct ContentMetrics: Sendable {
    /// The registry the families are in.
    public let registry: MetricsRegistry

    /// Registers the families in `registry` (again is harmless: registering keeps the first).
    public init(registry: MetricsRegistry) {
        self.registry = registry
        registry.register(.counter, "content_reloads_total", help: "Content reloads by outcome (success, failure).", labels: ["outcome"])
        registry.register(.gauge, "content_info", help: "The content version being served (always 1).", labels: ["version"])
        registry.register(
            .gauge, "content_load_duration_seconds", help: "How long the content being served took to load, validate and index.")
        registry.register(
            .gauge, "content_loaded_timestamp_seconds", help: "When the content being served was loaded, in seconds since the Unix epoch.")
        for outcome in ["success", "failure"] { registry.add("content_reloads_total", 0, labels: [outcome]) }
    }

    /// Content is now being served: at start-up or after a successful reload.
    public func contentServed(version: String, loadSeconds: Double, at time: Double = ServerMetrics.now()) {
        registry.reset("content_info")
        registry.set("content_info", 1, labels: [version])
        registry.set("content_load_duration_seconds", loadSeconds)
        registry.set("content_loaded_timestamp_seconds", time)
    }

    /// A reload finished; a failed one leaves the served content (and its info metric) unchanged.
    public func contentReloaded(success: Bool) {
        registry.add("content_reloads_total", labels: [success ? "success" : "failure"])
    }
}
