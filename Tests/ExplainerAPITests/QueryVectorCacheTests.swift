import ExplainerContent
import Testing

@testable import ExplainerAPI

/// The query-vector cache keeps little, briefly, and under keys that say nothing of the text.
@Suite struct QueryVectorCacheTests {
    @Test func keysDependOnTheClientTheQueryAndTheProcessSecret() {
        let cache = QueryVectorCache()
        #expect(cache.key(client: "127.0.0.1", query: "q") == cache.key(client: "127.0.0.1", query: "q"))
        #expect(cache.key(client: "127.0.0.1", query: "q") != cache.key(client: "127.0.0.2", query: "q"))
        #expect(cache.key(client: "127.0.0.1", query: "ab") != cache.key(client: "127.0.0.1a", query: "b"))
        #expect(QueryVectorCache().key(client: "a", query: "q") != cache.key(client: "a", query: "q"), "a fresh secret")
    }

    @Test func aVectorIsServedWithinItsLifetimeOnly() {
        let cache = QueryVectorCache(capacity: 4, lifetime: .seconds(10))
        let key = cache.key(client: "c", query: "q")
        let start = ContinuousClock.now
        cache.store([1, 2], for: key, now: start)
        #expect(cache.vector(for: key, now: start + .seconds(9)) == [1, 2])
        #expect(cache.vector(for: key, now: start + .seconds(10)) == nil)
        #expect(cache.statistics.count == 0, "an expired vector is dropped when found")
    }

    @Test func theOldestGoesPastCapacityAndARestoredKeyIsNotEvictedEarly() {
        let cache = QueryVectorCache(capacity: 2)
        let keys = (0..<3).map { cache.key(client: "c", query: "q\($0)") }
        cache.store([0], for: keys[0])
        cache.store([1], for: keys[1])
        cache.store([0.5], for: keys[0])  // stored again: now the newest
        cache.store([2], for: keys[2])
        #expect(cache.statistics.count == 2)
        #expect(cache.vector(for: keys[1]) == nil, "the oldest went")
        #expect(cache.vector(for: keys[0]) == [0.5])
        #expect(cache.vector(for: keys[2]) == [2])
        for n in 0..<200 { cache.store([Float(n)], for: cache.key(client: "c", query: "x\(n)")) }
        #expect(cache.statistics.count == 2)
    }

    @Test func capacityZeroKeepsNothing() {
        let cache = QueryVectorCache(capacity: 0)
        let key = cache.key(client: "c", query: "q")
        cache.store([1], for: key)
        #expect(cache.vector(for: key) == nil)
    }
}
