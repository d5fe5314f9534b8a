extension ServerMetrics {
    /// The `ServerConfiguration.onResponse` hook that feeds request metrics, labelling by pattern.
    public func observer(routes: RouteLabel) -> @Sendable (RequestLog) -> Void {
        { [self] entry in
            requestCompleted(
                route: routes.label(for: entry.path), method: entry.method, status: entry.status, bytes: entry.bytes,
                seconds: Double(entry.durationMicroseconds) / 1_000_000)
        }
    }
}
