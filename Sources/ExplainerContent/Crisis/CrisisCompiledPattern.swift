/// A `CrisisPattern` over word ids (see `CrisisRuleIndex.ids`): matched by comparing integers, with
/// no hashing or string comparison on the hot path.
struct CrisisCompiledPattern: Sendable {
    /// One slot, as in `CrisisPattern.Slot`.
    enum Slot: Sendable {
        /// One of these id sequences, in their written order; `optional` also allows none, `orEnd`
        /// the end of the clause.
        case phrases([[Int32]], optional: Bool, orEnd: Bool)
        /// Between zero and this many words of anything (never across a stopper).
        case gap(Int)
        /// The end of the clause.
        case end
    }

    /// The slots, in order.
    let slots: [Slot]

    /// Compiles `pattern`, giving each of its words an id from `ids` (new words get the next id).
    init(_ pattern: CrisisPattern, ids: inout [String: Int32]) {
        func id(_ word: String) -> Int32 {
            if let known = ids[word] { return known }
            let next = Int32(ids.count)
            ids[word] = next
            return next
        }
        slots = pattern.slots.map { slot in
            switch slot {
            case .phrases(let byFirst, let optional, let orEnd):
                let phrases = byFirst.keys.sorted().flatMap { byFirst[$0] ?? [] }.map { $0.map(id) }
                return .phrases(phrases, optional: optional, orEnd: orEnd)
            case .gap(let most): return .gap(most)
            case .end: return .end
            }
        }
    }

    /// The end (exclusive) of the shortest match starting at `start`, or `nil`.
    ///
    /// `clauseEnd` is the index just past the clause's last word; `stoppers` are the ids a gap
    /// never skips (`CrisisPattern.gapStoppers`).
    func match(_ words: [Int32], at start: Int, clauseEnd: Int, stoppers: [Int32]) -> Int? {
        words.withUnsafeBufferPointer { buffer in
            slots.withUnsafeBufferPointer { slots in
                Self.match(slots, 0, buffer, at: start, clauseEnd: clauseEnd, stoppers: stoppers)
            }
        }
    }

    private static func match(
        _ slots: UnsafeBufferPointer<Slot>, _ slot: Int, _ words: UnsafeBufferPointer<Int32>, at position: Int, clauseEnd: Int,
        stoppers: [Int32]
    ) -> Int? {
        guard slot < slots.count else { return position }
        switch slots[slot] {
        case .end:
            return position == clauseEnd ? match(slots, slot + 1, words, at: position, clauseEnd: clauseEnd, stoppers: stoppers) : nil
        case .gap(let most):
            for skip in 0...most where position + skip <= clauseEnd {
                if skip > 0 && stoppers.contains(words[position + skip - 1]) { return nil }
                if let end = match(slots, slot + 1, words, at: position + skip, clauseEnd: clauseEnd, stoppers: stoppers) { return end }
            }
            return nil
        case .phrases(let phrases, let optional, let orEnd):
            if orEnd && position == clauseEnd {
                return match(slots, slot + 1, words, at: position, clauseEnd: clauseEnd, stoppers: stoppers)
            }
            if position < clauseEnd {
                let first = words[position]
                for phrase in phrases where phrase[0] == first && position + phrase.count <= clauseEnd {
                    var equal = true
                    for offset in 1..<max(1, phrase.count) where words[position + offset] != phrase[offset] {
                        equal = false
                        break
                    }
                    if equal, let end = match(slots, slot + 1, words, at: position + phrase.count, clauseEnd: clauseEnd, stoppers: stoppers)
                    {
                        return end
                    }
                }
            }
            return optional ? match(slots, slot + 1, words, at: position, clauseEnd: clauseEnd, stoppers: stoppers) : nil
        }
    }
}
