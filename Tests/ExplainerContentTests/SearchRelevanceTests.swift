import ExplainerContent
import Testing

/// Ranking quality over the real content, measured against judgements written by reading the text.
///
/// Each case is a query as a person would type it, with the results (`type:id`) that answer it and so
/// must come in the top 3. The judgements were written from the explainer's text before looking at
/// what the engine returns; a case the engine gets wrong stays wrong here and lowers the figures.
@Suite("Search relevance")
struct SearchRelevanceTests {
    /// One judged query.
    struct Case: CustomStringConvertible {
        let query: String
        let expected: [String]
        var description: String { query }
    }

    static let cases: [Case] = [
        Case(
            query: "why does hurting myself make me feel better",
            expected: ["passage:research-shows#p4", "claim:pain-offset-relief", "passage:emotion-relief#p1"]),
        Case(query: "is self harm attention seeking", expected: ["passage:not-manipulative#p1", "glossary:attention-seeking"]),
        Case(query: "what is NSSI", expected: ["glossary:nssi", "passage:not-suicide#p1"]),
        Case(query: "harm reduction", expected: ["passage:harm-reduction#p1", "glossary:harm-reduction"]),
        Case(query: "brain areas for emotional pain", expected: ["passage:temporary-relief#p1", "claim:two-brain-areas"]),
        Case(query: "self-injury", expected: ["glossary:nssi", "passage:not-suicide#p1"]),
        Case(query: "non-suicidal self-injury", expected: ["glossary:nssi", "passage:not-suicide#p1"]),
        Case(query: "is self-harm the same as a suicide attempt", expected: ["passage:not-suicide#p1", "glossary:suicide-attempt"]),
        Case(
            query: "difference between self harm and suicidal ideation",
            expected: ["passage:not-suicide#p1", "glossary:suicidal-ideation"]),
        Case(query: "does self harm only happen to teenage girls", expected: ["passage:not-suicide#p1"]),
        Case(
            query: "maladaptive coping mechanism",
            expected: ["glossary:maladaptive-coping-mechanism", "passage:emotion-relief#p1"]),
        Case(query: "socially acceptable forms of self harm", expected: ["passage:socially-acceptable-forms#p1"]),
        Case(query: "burnout culture", expected: ["glossary:burnout-culture", "passage:socially-acceptable-forms#p1"]),
        Case(query: "are drinking and dieting self harm", expected: ["passage:socially-acceptable-forms#p1"]),
        Case(query: "why do people self harm", expected: ["passage:getting-needs-met#p1"]),
        Case(
            query: "self harm to show others how much pain I'm in",
            expected: ["passage:getting-needs-met#p1", "claim:tangible-sign-of-pain"]),
        Case(query: "is self-harm manipulative", expected: ["passage:not-manipulative#p1"]),
        Case(query: "connection seeking", expected: ["glossary:connection-seeking", "passage:not-manipulative#p1"]),
        Case(query: "using self harm to control others", expected: ["passage:not-manipulative#p2"]),
        Case(query: "shame and hiding injuries", expected: ["passage:not-manipulative#p1", "glossary:shame"]),
        Case(
            query: "do people who self harm feel less pain",
            expected: ["passage:research-shows#p1", "claim:diminished-pain-perception"]),
        Case(
            query: "self-criticism and pain tolerance",
            expected: ["passage:research-shows#p3", "claim:self-criticism-pain-endurance", "glossary:self-criticism"]),
        Case(
            query: "difficulty regulating emotions",
            expected: ["passage:research-shows#p2", "claim:emotion-regulation-pain-endurance"]),
        Case(
            query: "pain offset relief",
            expected: ["glossary:pain-offset-relief", "claim:pain-offset-relief", "passage:research-shows#p4"]),
        Case(query: "negative emotions and NSSI", expected: ["passage:research-shows#p5", "claim:negative-emotion-nssi"]),
        Case(
            query: "do painkillers work on emotional pain",
            expected: ["claim:pain-relievers-same-areas", "passage:temporary-relief#p1"]),
        Case(query: "anterior cingulate cortex", expected: ["glossary:anterior-cingulate-cortex", "passage:temporary-relief#p1"]),
        Case(query: "signal scrambling", expected: ["claim:signal-scrambling", "passage:temporary-relief#p1"]),
        Case(
            query: "does the pain go down after self-injury",
            expected: ["claim:pain-peaks-then-lessens", "passage:temporary-relief#p1"]),
        Case(query: "what if I relapse", expected: ["passage:harm-reduction#p1", "glossary:relapse"]),
        Case(query: "should I stop self harming completely", expected: ["passage:harm-reduction#p1"]),
        Case(
            query: "respecting self-determination and agency",
            expected: ["passage:harm-reduction#p1", "glossary:self-determination", "glossary:agency"]),
        Case(query: "bodymind", expected: ["glossary:bodymind", "passage:emotion-relief#p1"]),
        Case(query: "is self harm common", expected: ["passage:not-suicide#p1"]),
        Case(query: "intrapersonal and interpersonal reasons", expected: ["passage:getting-needs-met#p1"]),
        Case(query: "mania and stimulants", expected: ["passage:socially-acceptable-forms#p1", "glossary:mania"]),
        Case(query: "self harm keeps people alive", expected: ["passage:harm-reduction#p1"]),
        Case(query: "how can I help someone who self harms", expected: ["passage:harm-reduction#p1"]),
        Case(query: "harm redu", expected: ["passage:harm-reduction#p1", "glossary:harm-reduction"]),
        Case(query: "manipul", expected: ["passage:not-manipulative#p1"]),
        Case(
            query: "\"emotional pain relief\"",
            expected: ["passage:temporary-relief#p1", "claim:pain-relievers-same-areas"]),
        Case(query: "anterior insula", expected: ["glossary:anterior-insula", "passage:temporary-relief#p1"]),
    ]

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
