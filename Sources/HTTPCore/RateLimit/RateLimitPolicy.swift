/// How fast one client may send requests: a token bucket's refill rate and size.
///
/// `--rate-limit 20/s --burst 40` means a client may send 40 requests at once and then 20 a second
/// for as long as it likes; the 41st request in the same instant waits 1/20 s for a token.
public struct RateLimitPolicy: Sendable, Equatable {
    /// Tokens added per second; one request spends one token. Default none (the limit is opt-in).
    public var ratePerSecond: Double
    /// The bucket's size: the most requests a client that has been quiet may send at once.
    public var burst: Int
    /// How many client buckets are kept at most; older ones are forgotten (see `RateLimiter`).
    /// Default 65,536, a few MB.
    public var maxClients: Int

    /// A policy; `burst` defaults to twice the per-second rate, rounded up, at least 1.
    public init(ratePerSecond: Double, burst: Int? = nil, maxClients: Int = 65_536) {
        self.ratePerSecond = ratePerSecond
        self.burst = max(1, burst ?? Int((ratePerSecond * 2).rounded(.up)))
        self.maxClients = max(2, maxClients)
    }

    /// Parses `N/s`, `N/m` or `N/h` (N may have a fraction), as `--rate-limit` takes it; nil if malformed.
    public static func parseRate(_ text: String) -> Double? {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let n = Double(parts[0]), n > 0, n.isFinite else { return nil }
        switch parts[1] {
        case "s", "sec", "second": return n
        case "m", "min", "minute": return n / 60
        case "h", "hour": return n / 3600
        default: return nil
        }
    }

    /// Seconds a full bucket takes to refill from empty: the window of `RateLimit-Policy`.
    public var windowSeconds: Int { max(1, Int((Double(burst) / ratePerSecond).rounded(.up))) }
}
