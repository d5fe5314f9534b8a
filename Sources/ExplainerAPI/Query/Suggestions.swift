/// The known names closest to a mistyped one, so a 404 or 400 can say what was probably meant.
///
/// Closeness is Levenshtein distance on lowercased text, with a bonus for a shared prefix: people
/// type the start of an id right more often than the end. The lists compared are small (tens of ids),
/// so the quadratic distance costs nothing next to a request.
package enum Suggestions {
    /// Up to `limit` names from `candidates`, nearest first (ties alphabetical); none when `candidates` is empty.
    package static func nearest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = Array(input.lowercased().utf8.prefix(256))
        let scored = candidates.map { candidate -> (String, Int) in
            let hay = Array(candidate.lowercased().utf8)
            var score = distance(needle, hay) * 2
            if !needle.isEmpty, hay.starts(with: needle.prefix(min(3, needle.count))) { score -= 1 }
            return (candidate, score)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance between two byte strings, in one row of memory.
    package static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
