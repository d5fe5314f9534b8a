import HTTPCore
import Testing

@Suite("Per-client token-bucket rate limit")
struct RateLimiterTests {
    @Test("a quiet client may send a burst, then waits for a token")
    func burstThenLimited() {
        let limiter = RateLimiter(policy: RateLimitPolicy(ratePerSecond: 2, burst: 3))
        #expect(limiter.decide(client: "a", now: 0) == .allowed(remaining: 2))
        #expect(limiter.decide(client: "a", now: 0) == .allowed(remaining: 1))
        #expect(limiter.decide(client: "a", now: 0) == .allowed(remaining: 0))
        #expect(limiter.decide(client: "a", now: 0) == .limited(retryAfter: 1))
        // Another client has its own bucket.
        #expect(limiter.decide(client: "b", now: 0) == .allowed(remaining: 2))
        // Half a second at 2/s refills exactly one token.
        #expect(limiter.decide(client: "a", now: 0.5) == .allowed(remaining: 0))
        #expect(limiter.decide(client: "a", now: 0.5) == .limited(retryAfter: 1))
    }

    @Test("Retry-After is the time to the next token, rounded up to whole seconds")
    func retryAfterRoundsUp() {
        let limiter = RateLimiter(policy: RateLimitPolicy(ratePerSecond: 0.25, burst: 1))
        #expect(limiter.decide(client: "a", now: 0) == .allowed(remaining: 0))
        #expect(limiter.decide(client: "a", now: 1) == .limited(retryAfter: 3))
        #expect(limiter.decide(client: "a", now: 4) == .allowed(remaining: 0))
    }

    @Test("the bucket table never holds more than maxClients, however many addresses call")
    func tableIsBounded() {
        let limiter = RateLimiter(policy: RateLimitPolicy(ratePerSecond: 1, burst: 1, maxClients: 1000))
        for i in 0..<100_000 { _ = limiter.decide(client: "10.0.\(i / 256).\(i % 256)", now: 0) }
        #expect(limiter.trackedClients <= 1000)
        #expect(limiter.trackedClients >= 500)
    }

    @Test("a client seen within the last generation keeps its empty bucket")
    func recentClientIsRemembered() {
        let limiter = RateLimiter(policy: RateLimitPolicy(ratePerSecond: 1, burst: 1, maxClients: 10))
        _ = limiter.decide(client: "hot", now: 0)
        for i in 0..<4 { _ = limiter.decide(client: "c\(i)", now: 0) }
        #expect(limiter.decide(client: "hot", now: 0) == .limited(retryAfter: 1))
    }

    @Test(
        "rates no conversion survives are clamped, so neither the window nor a Retry-After can trap",
        arguments: [1e-20, 0, -1, .infinity, .nan, 1e300])
    func extremeRates(rate: Double) {
        let policy = RateLimitPolicy(ratePerSecond: rate, burst: 1)
        #expect((1...RateLimitPolicy.maxSeconds).contains(policy.windowSeconds))
        let limiter = RateLimiter(policy: policy)
        _ = limiter.decide(client: "a", now: 0)
        if case .limited(let retryAfter) = limiter.decide(client: "a", now: 0) {
            #expect((1...RateLimitPolicy.maxSeconds).contains(retryAfter))
        }
    }

    @Test("the policy's window is the time to refill a full bucket")
    func window() {
        #expect(RateLimitPolicy(ratePerSecond: 20, burst: 40).windowSeconds == 2)
        #expect(RateLimitPolicy(ratePerSecond: 20).burst == 40)
    }
}
