/// Everything the index knows about one term: which documents hold it, their precomputed BM25F
/// scores, and the field-qualified positions needed to check phrases.
///
/// Scores are computed once at build time (field weights, lengths and idf are all fixed then), so a
/// query only adds floats. Positions are encoded `field << 24 | position` and sorted, so one
/// comparison checks both that two words are in the same field and that they are adjacent.
struct TermPostings: Sendable {
    /// Document indices in ascending order.
    var documents: [Int32] = []
    /// The term's BM25F score in each document, parallel to `documents`.
    var scores: [Float] = []
    /// Where each document's positions start in `positions`; one extra entry closes the last.
    var positionStarts: [Int32] = [0]
    /// Encoded positions, grouped by document, ascending within each.
    var positions: [UInt32] = []

    /// Packs a field index and a word position into one sortable value.
    static func encode(field: Int, position: Int) -> UInt32 {
        UInt32(field) << 24 | UInt32(min(position, 0xFF_FFFF))
    }

    /// The slot of a document in this term's lists, by binary search.
    func slot(of document: Int32) -> Int? {
        var low = 0
        var high = documents.count
        while low < high {
            let middle = (low + high) / 2
            if documents[middle] < document { low = middle + 1 } else { high = middle }
        }
        return low < documents.count && documents[low] == document ? low : nil
    }

    /// Whether the term occurs at an encoded position in the document at `slot`.
    func contains(_ encoded: UInt32, slot: Int) -> Bool {
        var low = Int(positionStarts[slot])
        var high = Int(positionStarts[slot + 1])
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < encoded { low = middle + 1 } else { high = middle }
        }
        return low < Int(positionStarts[slot + 1]) && positions[low] == encoded
    }
}
