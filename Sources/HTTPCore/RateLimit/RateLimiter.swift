import Synchronization

/// Token buckets per client, in a table bounded by `RateLimitPolicy.maxClients`.
///
/// The table is two generations of dictionaries: lookups check the young one, then the old one (and
/// promote a hit); when the young one holds half the cap, the old one is dropped and the young one
/// becomes old. Memory stays under the cap, every operation is O(1), and the clients forgotten are
/// those not seen for a whole generation. A forgotten client comes back with a full bucket, which
/// errs on the side of serving: to gain by it, an attacker must send from half the cap's worth of
/// addresses, and then each address is still limited.
public final class RateLimiter: Sendable {
    /// What the limiter decided for one request.
    public enum Decision: Sendable, Equatable {
        /// Serve it; `remaining` whole tokens are left.
        case allowed(remaining: Int)
        /// Refuse it; a token will be there in `retryAfter` seconds (at least 1).
        case limited(retryAfter: Int)
    }

    struct Bucket: Sendable {
        var tokens: Double
        var updated: Double
    }

    struct Table: Sendable {
        var young: [String: Bucket] = [:]
        var old: [String: Bucket] = [:]
    }

    /// The policy this limiter applies.
    public let policy: RateLimitPolicy
    let table = Mutex(Table())

    /// A limiter with empty buckets table.
    public init(policy: RateLimitPolicy) { self.policy = policy }

    /// Spends one token of `client`'s bucket at `now` (seconds, monotonic), or says how long to wait.
    public func decide(client: String, now: Double) -> Decision {
        let policy = self.policy
        return table.withLock { table in
            var bucket =
                table.young[client] ?? table.old.removeValue(forKey: client)
                ?? Bucket(tokens: Double(policy.burst), updated: now)
            let elapsed = max(0, now - bucket.updated)
            bucket.tokens = min(Double(policy.burst), bucket.tokens + elapsed * policy.ratePerSecond)
            bucket.updated = now
            let decision: Decision
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                decision = .allowed(remaining: Int(bucket.tokens))
            } else {
                let wait = (1 - bucket.tokens) / policy.ratePerSecond
                decision = .limited(retryAfter: RateLimitPolicy.wholeSeconds(wait))
            }
            if table.young[client] == nil, table.young.count >= policy.maxClients / 2 {
                table.old = table.young
                table.young = [:]
                table.young.reserveCapacity(policy.maxClients / 2)
            }
            table.young[client] = bucket
            return decision
        }
    }

    /// How many clients the table remembers now (never more than `policy.maxClients`).
    public var trackedClients: Int { table.withLock { $0.young.count + $0.old.count } }
}
