import Testing

@testable import ExplainerAPI

@Suite("A memo bounded in bytes")
struct ByteBoundedMemoTests {
    @Test("entries are kept until their costs would pass the budget, then the oldest go first")
    func evictsOldestFirst() {
        let statistics = MemoStatistics()
        let memo = ByteBoundedMemo<Int, String>(budget: 100, statistics: statistics)
        for key in 0..<4 { memo.insert("v\(key)", for: key, cost: 30) }
        #expect(memo.bytes == 90)
        #expect(memo.count == 3)
        #expect(memo.value(for: 0) == nil)
        #expect(memo.value(for: 1) == "v1" && memo.value(for: 3) == "v3")
        #expect(statistics.evictions == 1)
        #expect(statistics.hits == 2 && statistics.misses == 1)
        #expect(statistics.bytes == 90)
    }

    @Test("at the budget it fits, one byte past it does not")
    func limit() {
        let memo = ByteBoundedMemo<String, Int>(budget: 100, statistics: MemoStatistics())
        memo.insert(1, for: "a", cost: 100)
        #expect(memo.value(for: "a") == 1)
        memo.insert(2, for: "b", cost: 101)
        #expect(memo.value(for: "b") == nil)
        #expect(memo.value(for: "a") == 1)
        #expect(memo.bytes == 100)
    }

    @Test("a budget of 0 stores nothing")
    func off() {
        let memo = ByteBoundedMemo<Int, Int>(budget: 0, statistics: MemoStatistics())
        memo.insert(1, for: 1, cost: 1)
        #expect(memo.count == 0)
    }

    @Test("a key already present keeps its first value and is not counted twice")
    func duplicate() {
        let memo = ByteBoundedMemo<Int, Int>(budget: 100, statistics: MemoStatistics())
        memo.insert(1, for: 7, cost: 10)
        memo.insert(2, for: 7, cost: 10)
        #expect(memo.value(for: 7) == 1)
        #expect(memo.bytes == 10)
    }

    @Test("a million inserts of mixed sizes never pass the budget, and the bytes held return to 0 when the memo goes")
    func boundedUnderChurn() {
        let statistics = MemoStatistics()
        var memo: ByteBoundedMemo<Int, Int>? = ByteBoundedMemo(budget: 10_000, statistics: statistics)
        var maximum = 0
        for key in 0..<1_000_000 {
            memo?.insert(key, for: key, cost: 1 + (key * 7_919) % 3_000)
            if key % 1_000 == 0 { maximum = max(maximum, memo?.bytes ?? 0) }
        }
        #expect(maximum <= 10_000)
        #expect((memo?.count ?? 0) > 0)
        #expect(statistics.bytes == memo?.bytes)
        memo = nil
        #expect(statistics.bytes == 0)
    }
}
