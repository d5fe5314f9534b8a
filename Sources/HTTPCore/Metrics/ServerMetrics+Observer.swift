extension ServerMetrics {
    /// The label of responses no route answered (an unknown path, a request that did not parse).
    public static let unmatchedRoute = "unmatched"

    /// The `ServerConfiguration.onResponse` hook that feeds request metrics, labelling by pattern.
    ///
    /// Every label stays in a bounded set: the route is the pattern the router stamped on the
    /// response, or `unmatched`, and a method no RFC defines (a client may send any token, which
    /// gets 501) is labelled `OTHER`.
    public func observer() -> @Sendable (RequestLog) -> Void {
        { [self] entry in
            let method = HTTPMethod(rawValue: entry.method).isKnown ? entry.method : "OTHER"
            requestCompleted(
                route: entry.route ?? Self.unmatchedRoute, method: method, status: entry.status, bytes: entry.bytes,
                seconds: Double(entry.durationMicroseconds) / 1_000_000)
        }
    }
}
