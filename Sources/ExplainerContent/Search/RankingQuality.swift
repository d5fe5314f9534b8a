/// Ranking quality over judged queries: MRR@10 and recall@3, accumulated one query at a time.
///
/// - MRR@10: the mean over queries of 1 / (place of the first relevant result), 0 when none is in the top 10.
/// - recall@3: the share of queries with at least one relevant result in the top 3 (per query, not
///   per relevant id: a question is answered when one answer shows).
/// Used by the relevance tests and the search benchmark, so both report the same figures.
public struct RankingQuality: Sendable, Hashable {
    /// Queries added.
    public private(set) var queries = 0
    /// Sum of reciprocal ranks (top 10).
    public private(set) var reciprocalRankSum = 0.0
    /// Queries with a relevant result in the top 3.
    public private(set) var answeredInTopThree = 0

    /// Creates an empty tally.
    public init() {}

    /// Adds one query: its ranking (`type:id`, best first) and the ids judged relevant.
    public mutating func add(ranking: [String], relevant: Set<String>) {
        queries += 1
        if let place = ranking.prefix(10).firstIndex(where: relevant.contains) {
            reciprocalRankSum += 1 / Double(place + 1)
            if place < 3 { answeredInTopThree += 1 }
        }
    }

    /// MRR@10; 0 with no queries.
    public var meanReciprocalRank: Double { queries == 0 ? 0 : reciprocalRankSum / Double(queries) }
    /// recall@3 (per query); 0 with no queries.
    public var recallAtThree: Double { queries == 0 ? 0 : Double(answeredInTopThree) / Double(queries) }
}
