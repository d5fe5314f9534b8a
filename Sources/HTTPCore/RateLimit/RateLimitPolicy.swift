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

    /// The largest whole number of seconds any of the policy's times is given as (about 31 years):
    /// far past any sensible window, and far inside `Int`, so no conversion of a time can trap.
    public static let maxSeconds = 1_000_000_000

    /// A policy; `burst` defaults to twice the per-second rate, rounded up, at least 1.
    ///
    /// The command line's checked parser keeps the rate within 1/h to 100,000/s; a rate outside what a
    /// `Double` to `Int` conversion survives (zero, negative, infinite, NaN) is still clamped here, so a
    /// caller that skips the parser gets a slow limit, never a trap.
    public init(ratePerSecond: Double, burst: Int? = nil, maxClients: Int = 65_536) {
        let rate = ratePerSecond.isFinite ? ratePerSecond : 1e9
        self.ratePerSecond = min(max(rate, 1 / Double(Self.maxSeconds)), 1e9)
        self.burst = max(1, burst ?? Int(min((self.ratePerSecond * 2).rounded(.up), 1e9)))
        self.maxClients = max(2, maxClients)
    }

    /// Seconds a full bucket takes to refill from empty: the window of `RateLimit-Policy`.
    public var windowSeconds: Int { Self.wholeSeconds(Double(burst) / ratePerSecond) }

    /// `seconds` rounded up to a whole number from 1 to `maxSeconds`.
    public static func wholeSeconds(_ seconds: Double) -> Int {
        guard seconds < Double(maxSeconds) else { return maxSeconds }
        return max(1, Int(seconds.rounded(.up)))
    }
}
