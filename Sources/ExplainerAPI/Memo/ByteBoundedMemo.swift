import Synchronization

/// A thread-safe memo whose entries' total cost in bytes never exceeds a budget.
///
/// A count of entries bounds nothing when entries range from a few hundred bytes to a megabyte:
/// 2,048 pretty-printed section lists with their gzip copies are 400 MB. So each entry is stored with
/// its cost (the caller's estimate of the bytes it keeps alive), and inserting one evicts the oldest
/// entries until it fits. First in, first out rather than least recently used: a hit then costs one
/// look-up under the lock and writes nothing, and the bound, not the hit rate, is what this is for.
/// An entry costing more than the whole budget is not stored; a budget of 0 stores nothing.
package final class ByteBoundedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    struct Entry {
        let value: Value
        let cost: Int
    }

    struct State {
        var entries: [Key: Entry] = [:]
        /// Keys in insertion order; `order[head...]` are the live ones.
        var order: [Key] = []
        var head = 0
        var bytes = 0
    }

    /// The most bytes the entries may cost together.
    package let budget: Int
    private let statistics: MemoStatistics
    private let state = Mutex(State())

    /// An empty memo of `budget` bytes, counting into `statistics`.
    package init(budget: Int, statistics: MemoStatistics) {
        self.budget = max(0, budget)
        self.statistics = statistics
    }

    deinit {
        statistics.held(-state.withLock { $0.bytes })
    }

    /// The value for `key`, or nil; counted as a hit or a miss.
    package func value(for key: Key) -> Value? {
        let value = state.withLock { $0.entries[key]?.value }
        if value == nil { statistics.miss() } else { statistics.hit() }
        return value
    }

    /// Stores `value` at `cost` bytes, evicting the oldest entries until it fits. A key already
    /// present (two threads rendered the same variant at once) keeps its first value.
    package func insert(_ value: Value, for key: Key, cost: Int) {
        let cost = max(1, cost)
        guard cost <= budget else { return }
        let (evicted, added) = state.withLock { state -> (Int, Int) in
            guard state.entries[key] == nil else { return (0, 0) }
            var evicted = 0
            var freed = 0
            while state.bytes + cost > budget, state.head < state.order.count {
                let oldest = state.order[state.head]
                state.head += 1
                if let entry = state.entries.removeValue(forKey: oldest) {
                    state.bytes -= entry.cost
                    freed += entry.cost
                    evicted += 1
                }
            }
            // Drop the evicted keys' slots once they are half the array, so it stays within twice the live count.
            if state.head > 64, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
            state.entries[key] = Entry(value: value, cost: cost)
            state.order.append(key)
            state.bytes += cost
            return (evicted, cost - freed)
        }
        if evicted > 0 { statistics.evicted(evicted) }
        if added != 0 { statistics.held(added) }
    }

    /// How many entries the memo holds now.
    package var count: Int { state.withLock { $0.entries.count } }

    /// The entries' total cost now, never more than `budget`.
    package var bytes: Int { state.withLock { $0.bytes } }
}
