import Synchronization

/// Counters shared by every snapshot's memo, so `/metrics` sees one series across reloads.
///
/// `bytes` is what the memos alive now hold: a memo adds what it stores, subtracts what it evicts,
/// and gives the rest back when its snapshot is freed, so after a reload it falls to the new
/// snapshot's share once requests have let go of the old one.
public final class MemoStatistics: Sendable {
    private let hitCount = Atomic<Int>(0)
    private let missCount = Atomic<Int>(0)
    private let evictionCount = Atomic<Int>(0)
    private let heldBytes = Atomic<Int>(0)

    /// Counters at zero.
    public init() {}

    /// Look-ups answered from a memo.
    public var hits: Int { hitCount.load(ordering: .relaxed) }
    /// Look-ups that had to render.
    public var misses: Int { missCount.load(ordering: .relaxed) }
    /// Entries dropped to stay within a memo's byte budget.
    public var evictions: Int { evictionCount.load(ordering: .relaxed) }
    /// Bytes (by the memo's own estimate) held by all memos alive now.
    public var bytes: Int { heldBytes.load(ordering: .relaxed) }

    func hit() { hitCount.add(1, ordering: .relaxed) }
    func miss() { missCount.add(1, ordering: .relaxed) }
    func evicted(_ count: Int) { evictionCount.add(count, ordering: .relaxed) }
    func held(_ delta: Int) { heldBytes.add(delta, ordering: .relaxed) }
}
