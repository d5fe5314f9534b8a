import ExplainerContent
import Foundation
import Synchronization

/// The vectors of recent search queries, so a client that repeats a query is answered on the event
/// loop without the model (`/v1/search` hybrid and semantic).
///
/// What it keeps is bounded and unreadable: at most `capacity` vectors, each for at most `lifetime`,
/// keyed by `KeyedDigest` (HMAC-SHA-256 with a per-process secret) of the client's address and the
/// query, never the text. Keying by client means a hit only ever tells a client about its own earlier
/// query: one reader cannot time the cache to learn what another typed (`docs/threat-model.md`).
/// Shared by every snapshot (a query's vector depends on the model alone).
final class QueryVectorCache: Sendable {
    /// Most vectors kept; the oldest goes first. 384 floats each, so 1,024 cost about 1.6 MB.
    let capacity: Int
    /// How long a vector may be used after it was made.
    let lifetime: Duration
    private let digest = KeyedDigest()
    private let state = Mutex(State())

    private struct State {
        var vectors: [KeyedDigest.Key: (entry: Entry, made: ContinuousClock.Instant)] = [:]
        /// Keys with the time they were stored, oldest first, for eviction; an entry whose key was
        /// stored again later (or dropped) no longer matches and is skipped.
        var order: [(key: KeyedDigest.Key, made: ContinuousClock.Instant)] = []
        var oldest = 0
        var hits = 0
        var misses = 0
    }

    /// A cache of at most `capacity` vectors (0 turns it off), each kept at most `lifetime`.
    init(capacity: Int = 1_024, lifetime: Duration = .seconds(600)) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// What is kept of one query: its vector, and the crisis model layer's `urgent` assessment when
    /// the model raised it (nil when it did not), so a repeated query keeps the level it had.
    struct Entry: Sendable {
        let vector: [Float]
        let raised: CrisisAssessment?
    }

    /// The key for `query` from `client`.
    func key(client: String, query: String) -> KeyedDigest.Key { digest.digest(client, query) }

    /// The stored vector for `key`, if it is younger than `lifetime`.
    func vector(for key: KeyedDigest.Key, now: ContinuousClock.Instant = .now) -> [Float]? { entry(for: key, now: now)?.vector }

    /// The stored entry for `key`, if it is younger than `lifetime`; an expired one is dropped.
    func entry(for key: KeyedDigest.Key, now: ContinuousClock.Instant = .now) -> Entry? {
        state.withLock { state in
            guard let entry = state.vectors[key] else {
                state.misses += 1
                return nil
            }
            guard now - entry.made < lifetime else {
                state.vectors[key] = nil
                state.misses += 1
                return nil
            }
            state.hits += 1
            return entry.entry
        }
    }

    /// Keeps `vector` (and `raised`) under `key`, evicting the oldest past `capacity`.
    func store(_ vector: [Float], raised: CrisisAssessment? = nil, for key: KeyedDigest.Key, now: ContinuousClock.Instant = .now) {
        guard capacity > 0 else { return }
        state.withLock { state in
            state.vectors[key] = (Entry(vector: vector, raised: raised), now)
            state.order.append((key, now))
            while state.vectors.count > capacity, state.oldest < state.order.count {
                let (old, made) = state.order[state.oldest]
                state.oldest += 1
                if state.vectors[old]?.made == made { state.vectors[old] = nil }
            }
            // Entries before `oldest`, and those stored again or dropped since, are dead: compact past twice the live count.
            if state.order.count > 2 * max(capacity, 16) {
                state.order = state.order[state.oldest...].filter { state.vectors[$0.key]?.made == $0.made }
                state.oldest = 0
            }
        }
    }

    /// Vectors held now, and lookups that found one or not, for metrics.
    var statistics: (count: Int, hits: Int, misses: Int) {
        state.withLock { ($0.vectors.count, $0.hits, $0.misses) }
    }
}
