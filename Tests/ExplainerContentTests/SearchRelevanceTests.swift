import ExplainerContent
import Testing

/// Ranking quality over the real content, measured against judgements written by reading the text.
///
/// Each case (`Tests/Evaluation/literal.jsonl`) is a query as a person would type it, with the results
/// (`type:id`) that answer it and so must come in the top 3. The judgements were written from the
/// explainer's text before looking at what the engine returns; a case the engine gets wrong stays
/// wrong here and lowers the figures.
@Suite("Search relevance")
struct SearchRelevanceTests {
    /// One judged query.
    struct Case: CustomStringConvertible {
        let query: String
        let expected: [String]
        var description: String { query }
    }

    /// The judged queries, from `Tests/Evaluation/literal.jsonl` (the hybrid tests read the same file).
    static let cases: [Case] = RelevanceSet.literal.map { Case(query: $0.query, expected: $0.relevant) }

    /// The hits' `type:id` keys for a query, best first (at most 10).
    static func ranking(_ query: String, in index: SearchIndex) throws -> [String] {
        let response = index.search(try SearchRequest(query: query, limit: 10))
        return response.hits.map { "\($0.type.rawValue):\($0.id)" }
    }

    @Test("The relevance set has at least 30 queries and every judged id exists in the content")
    func judgementsReferToRealResults() throws {
        #expect(Self.cases.count >= 30)
        let content = try #require(SearchTestContent.content, "Content/ must load")
        let known = Set(SearchIndex.documents(for: content).map { "\($0.type.rawValue):\($0.id)" })
        for judged in Self.cases {
            #expect(!judged.expected.isEmpty && judged.expected.count <= 3, "\(judged.query)")
            for id in judged.expected { #expect(known.contains(id), "\(judged.query): \(id) is not in the content") }
        }
    }

    @Test("MRR@10 is at least 0.8 and recall@3 at least 0.9 over the relevance set")
    func meanReciprocalRankAndRecall() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        var reciprocalRanks = 0.0
        var found = 0
        var expected = 0
        var misses: [String] = []
        for judged in Self.cases {
            let ranking = try Self.ranking(judged.query, in: index)
            if let rank = ranking.firstIndex(where: judged.expected.contains) { reciprocalRanks += 1 / Double(rank + 1) }
            let topThree = Set(ranking.prefix(3))
            let hits = judged.expected.filter(topThree.contains)
            found += hits.count
            expected += judged.expected.count
            if hits.count < judged.expected.count {
                misses.append("  \(judged.query): expected \(judged.expected), top 3 \(Array(ranking.prefix(3)))")
            }
        }
        let mrr = reciprocalRanks / Double(Self.cases.count)
        let recall = Double(found) / Double(expected)
        print(
            "search relevance: \(Self.cases.count) queries, MRR@10 = \(Self.format(mrr)), recall@3 = \(Self.format(recall)) (\(found)/\(expected))"
        )
        if !misses.isEmpty { print("search relevance: not in the top 3:\n" + misses.joined(separator: "\n")) }
        #expect(mrr >= 0.8, "MRR@10 \(mrr)")
        #expect(recall >= 0.9, "recall@3 \(recall)")
    }

    /// Three decimals, without Foundation's formatter.
    static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
