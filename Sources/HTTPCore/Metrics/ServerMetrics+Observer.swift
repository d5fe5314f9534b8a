extension ServerMetrics {
    /// The `ServerConfiguration.onResponse` hook that feeds request metrics, labelling by pattern.
    ///
    /// Every label stays in a bounded set: the route is a pattern (the one the router matched, else the
    /// one `routes` finds for the path) or `unmatched`, and a method no RFC defines (a client may send
    /// any token, which gets 501) is labelled `OTHER`.
    public func observer(routes: RouteLabel) -> @Sendable (RequestLog) -> Void {
        { [self] entry in
            let method = HTTPMethod(rawValue: entry.method).isKnown ? entry.method : "OTHER"
            requestCompleted(
                route: entry.route ?? routes.label(for: entry.path), method: method, status: entry.status, bytes: entry.bytes,
                seconds: Double(entry.durationMicroseconds) / 1_000_000)
        }
    }
}
