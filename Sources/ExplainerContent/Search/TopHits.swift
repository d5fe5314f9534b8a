/// Keeps the best `capacity` documents seen so far, best first, ties in document (content) order.
///
/// Insertion into a small sorted array: a search offers every matching document but keeps at most 50,
/// and most offers lose to the current last place in one comparison, so this beats sorting all matches.
struct TopHits {
    /// A ranked entry.
    struct Entry {
        var document: Int32
        var score: Float
    }

    private let capacity: Int
    /// The kept entries, best first.
    private(set) var ranked: [Entry] = []

    /// Creates an empty ranking keeping at most `capacity` entries.
    init(capacity: Int) {
        self.capacity = capacity
        ranked.reserveCapacity(capacity + 1)
    }

    /// Considers a document; keeps it if it ranks among the best `capacity`.
    mutating func offer(document: Int32, score: Float) {
        let entry = Entry(document: document, score: score)
        if ranked.count == capacity, let last = ranked.last, !Self.precedes(entry, last) { return }
        var slot = ranked.count
        while slot > 0, Self.precedes(entry, ranked[slot - 1]) { slot -= 1 }
        ranked.insert(entry, at: slot)
        if ranked.count > capacity { ranked.removeLast() }
    }

    /// Higher score first; equal scores keep content order.
    private static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
        lhs.score != rhs.score ? lhs.score > rhs.score : lhs.document < rhs.document
    }
}
