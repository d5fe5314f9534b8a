// Hybrid retrieval over the real content, in process: the one-off embedding of every document,
// the quality of lexical, semantic and hybrid ranking on the judged sets for each fusion setting
// tried, the match calibration, and single-query latency beside lexical. See bench/README.md.
//
// usage: hybrid-bench CONTENT_DIR MODEL_DIR PARAPHRASES.jsonl LITERAL.jsonl OFF_TOPIC.txt
import ExplainerContent
import Foundation
import SentenceEmbedding

/// `SentenceEncoder` as search's `TextEmbedding`.
struct EncoderEmbedding: TextEmbedding {
    let encoder: SentenceEncoder
    func embed(_ text: String) -> [Float] { encoder.encode(text) }
    var modelID: String { encoder.modelSHA256 }
    var dimension: Int { SentenceEncoder.dimension }
}

/// An embedder that answers judged queries from a table filled once, so each setting costs no model time.
struct CachedEmbedding: TextEmbedding {
    let table: [String: [Float]]
    let base: EncoderEmbedding
    func embed(_ text: String) -> [Float] { table[text] ?? base.embed(text) }
    var modelID: String { base.modelID }
    var dimension: Int { base.dimension }
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ ns: UInt64) -> String { String(format: "%.1f", Double(ns) / 1e6) }
func f3(_ x: Double) -> String { String(format: "%.3f", x) }
func quantile(_ sorted: [UInt64], _ q: Double) -> UInt64 {
    sorted[min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))]
}

struct Judged {
    let query: String
    let relevant: Set<String>
}

func readJudged(_ path: String) throws -> [Judged] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let query = object["query"] as? String, let relevant = object["relevant"] as? [String]
        else { return nil }
        return Judged(query: query, relevant: Set(relevant))
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: hybrid-bench CONTENT MODEL PARAPHRASES LITERAL OFF_TOPIC\n".utf8))
    exit(2)
}
guard case .success(let content) = ContentLoader.load(directory: arguments[0]) else { exit(1) }
let encoder = try SentenceEncoder(modelDirectory: arguments[1])
let base = EncoderEmbedding(encoder: encoder)
let paraphrases = try readJudged(arguments[2])
let literal = try readJudged(arguments[3])
let offTopic = try String(contentsOfFile: arguments[4], encoding: .utf8).split(separator: "\n").map(String.init)
let lexical = SearchIndex(content: content)
// The documents with the questions of search-questions.json, as `DenseIndexBuild.load` gives the server.
let questions = try SearchQuestions.read(directory: arguments[0])
let documents = questions?.attached(to: lexical.documents) ?? lexical.documents

print(
    "OpenBLAS core: \(SentenceEncoder.blasCoreName); documents: \(documents.count), "
        + "expansion questions: \(documents.map(\.questions.count).reduce(0, +))")
let buildStart = now()
let build = DenseIndexBuild(documents: documents, embedder: base, stored: nil)
let buildTime = now() - buildStart
print("index (embed every document, no stored vectors): \(ms(buildTime)) ms for \(build.embedded) vectors of \(documents.count) documents")
let wholeOnly = DenseIndexBuild(documents: documents, embedder: base, stored: build.file, sentenceWindows: false, sectionLeadLine: false)
let noLead = DenseIndexBuild(documents: documents, embedder: base, stored: build.file, sectionLeadLine: false)
let noQuestions = DenseIndexBuild(documents: lexical.documents, embedder: base, stored: build.file)
let bytes = build.file.encoded()
let reloadStart = now()
let reread = try VectorFile(bytes: bytes)
let rebuilt = DenseIndexBuild(documents: documents, embedder: base, stored: reread)
print(
    "restart from stored vectors (\(bytes.count) bytes): \(ms(now() - reloadStart)) ms, reused \(rebuilt.reused), embedded \(rebuilt.embedded)"
)

var table: [String: [Float]] = [:]
for query in paraphrases.map(\.query) + literal.map(\.query) + offTopic { table[query] = base.embed(query) }
let cached = CachedEmbedding(table: table, base: base)

func quality(_ searcher: HybridSearcher, _ set: [Judged], _ mode: SearchMode) throws -> RankingQuality {
    var tally = RankingQuality()
    for judged in set {
        let response = searcher.search(try SearchRequest(query: judged.query, limit: 10), mode: mode)
        tally.add(ranking: response.hits.map(\.key), relevant: judged.relevant)
    }
    return tally
}

let defaults = HybridSearcher(lexical: lexical, dense: build.index, embedder: cached)
if let path = ProcessInfo.processInfo.environment["DUMP_JSON"] {
    // Everything fusion reads, for replaying settings offline: each vector, its owner and whether it
    // is an expansion question; per judged query its vector, BM25F scores and clause coverages.
    // A document's coverage is recovered from a coverage boost of 1 at exponent 1 over max cosine.
    let probe = HybridSearcher(
        lexical: lexical, dense: build.index, embedder: cached,
        parameters: FusionParameters(denseSoftness: 0, lexicalBoost: 1, semanticDepth: 0, coverageExponent: 1))
    var questionFlags: [Bool] = []
    for document in documents {
        let texts = document.embeddingTexts()
        questionFlags += texts.indices.map { $0 >= texts.count - document.questions.count }
    }
    var slotOf: [String: Int] = [:]
    for (slot, document) in documents.enumerated() { slotOf[document.key] = slot }
    var queries: [[String: Any]] = []
    let sets = [("paraphrases", paraphrases), ("literal", literal), ("off-topic", offTopic.map { Judged(query: $0, relevant: []) })]
    for (set, judged) in sets {
        for item in judged {
            let request = try SearchRequest(query: item.query, limit: SearchRequest.maximumLimit)
            let lexicalHits = lexical.search(request).hits
            let bm25 = lexicalHits.map { [slotOf["\($0.type.rawValue):\($0.id)"] ?? -1, $0.score] as [Any] }
            let coverage = probe.search(request).hits.filter { $0.lexicalRank != nil }.map { hit -> [Any] in
                let s = lexicalHits.first { "\($0.type.rawValue):\($0.id)" == hit.key }?.score ?? 0
                return [slotOf[hit.key] ?? -1, (hit.hit.score - (hit.cosine ?? 0)) / max(s / (s + 4), 1e-9)]
            }
            queries.append([
                "set": set, "query": item.query, "relevant": item.relevant.sorted(), "vector": table[item.query] ?? [],
                "bm25": bm25, "coverage": coverage,
            ])
        }
    }
    let vectors = (0..<build.index.owners.count).map { Array(build.index.vector(at: $0)) }
    let object: [String: Any] = [
        "documents": documents.map { ["key": $0.key, "type": $0.type.rawValue] }, "owners": build.index.owners,
        "question": questionFlags, "vectors": vectors, "queries": queries,
    ]
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    print("wrote \(path)")
    exit(0)
}
for (name, variant) in [
    ("whole texts and questions", wholeOnly), ("sentence windows and questions, no lead line", noLead), ("no questions", noQuestions),
] {
    let searcher = HybridSearcher(lexical: lexical, dense: variant.index, embedder: cached)
    for mode in [SearchMode.semantic, .hybrid] {
        let p = try quality(searcher, paraphrases, mode)
        let l = try quality(searcher, literal, mode)
        print(
            "\(name), \(mode.rawValue): paraphrases \(f3(p.meanReciprocalRank)) / \(f3(p.recallAtThree)), literal \(f3(l.meanReciprocalRank)) / \(f3(l.recallAtThree))"
        )
    }
}
if ProcessInfo.processInfo.environment["DUMP"] == "2" {
    for judged in paraphrases {
        let top = try defaults.search(SearchRequest(query: judged.query, limit: 3), mode: .semantic).hits
        if !top.contains(where: { judged.relevant.contains($0.key) }) {
            print("miss: \(judged.query) want \(judged.relevant.sorted()) got \(top.map { "\($0.key) \(f3($0.cosine ?? 0))" })")
        }
    }
}
print("\n| mode | paraphrases MRR@10 | paraphrases recall@3 | literal MRR@10 | literal recall@3 |")
print("|---|---:|---:|---:|---:|")
for mode in SearchMode.allCases {
    let p = try quality(defaults, paraphrases, mode)
    let l = try quality(defaults, literal, mode)
    print(
        "| \(mode.rawValue) | \(f3(p.meanReciprocalRank)) | \(f3(p.recallAtThree)) | \(f3(l.meanReciprocalRank)) | \(f3(l.recallAtThree)) |"
    )
}

// Every setting tried (docs/hybrid-search.md), on both sets; the default is the best paraphrase
// figure among those that keep literal queries at or above lexical search. No per-query rule.
var settings: [(String, SearchMode, FusionParameters)] = []
for softness in [0.0, 0.03, 0.05, 0.065, 0.08, 0.1, 0.12] {
    settings.append(("dense alone, softness \(softness)", .semantic, FusionParameters(denseSoftness: softness)))
}
for softness in [0.0, 0.05, 0.065, 0.08] {
    for boost in [0.05, 0.1, 0.2, 0.3, 0.4, 0.5] {
        for exponent in [0.0, 2, 3, 4, 6] {
            settings.append(
                (
                    "boost softness=\(softness) b=\(boost) coverage^\(exponent)", .hybrid,
                    FusionParameters(denseSoftness: softness, lexicalBoost: boost, coverageExponent: exponent)
                ))
        }
    }
    for glossary in [0.85, 0.95] {
        settings.append(
            (
                "boost softness=\(softness) b=0.4 coverage^4.0 g=\(glossary)", .hybrid,
                FusionParameters(denseSoftness: softness, typePriors: [.glossary: glossary])
            ))
    }
}
for softness in [0.0, 0.05] {
    for k in [10.0, 30] {
        for weight in [0.25, 0.5, 0.75] {
            for exponent in [0.0, 3, 6] {
                settings.append(
                    (
                        "rrf softness=\(softness) k=\(Int(k)) wL=\(weight) coverage^\(exponent) g=0.85", .hybrid,
                        FusionParameters(
                            method: .reciprocalRank, denseSoftness: softness, reciprocalRankK: k, lexicalRankWeight: weight,
                            typePriors: [.glossary: 0.85], coverageExponent: exponent)
                    ))
            }
        }
    }
    for share in [0.1, 0.3] {
        for exponent in [0.0, 2] {
            settings.append(
                (
                    "blend softness=\(softness) share=\(share) coverage^\(exponent) g=0.85", .hybrid,
                    FusionParameters(
                        method: .scoreBlend, denseSoftness: softness, lexicalShare: share, typePriors: [.glossary: 0.85],
                        coverageExponent: exponent)
                ))
        }
    }
}
/// Queries whose first hit is a glossary entry not judged relevant, ranked above a relevant passage.
func glossaryOverPassage(_ searcher: HybridSearcher, _ set: [Judged], _ mode: SearchMode = .hybrid) throws -> Int {
    try set.filter { judged in
        let keys = try searcher.search(SearchRequest(query: judged.query, limit: 10), mode: mode).hits.map(\.key)
        guard let first = keys.first, first.hasPrefix("glossary:"), !judged.relevant.contains(first) else { return false }
        return keys.contains { $0.hasPrefix("passage:") && judged.relevant.contains($0) }
    }.count
}
print("\n| setting | paraphrases MRR@10 | paraphrases recall@3 | literal MRR@10 | literal recall@3 | glossary over passage |")
print("|---|---:|---:|---:|---:|---:|")
for (name, mode, parameters) in settings {
    let searcher = HybridSearcher(lexical: lexical, dense: build.index, embedder: cached, parameters: parameters)
    let p = try quality(searcher, paraphrases, mode)
    let l = try quality(searcher, literal, mode)
    let g = try glossaryOverPassage(searcher, paraphrases + literal, mode)
    print(
        "| \(name) | \(f3(p.meanReciprocalRank)) | \(f3(p.recallAtThree)) | \(f3(l.meanReciprocalRank)) | \(f3(l.recallAtThree)) | \(g) |")
}
if ProcessInfo.processInfo.environment["DUMP"] == "1" {
    for judged in literal {
        let lex = try defaults.search(SearchRequest(query: judged.query, limit: 3), mode: .lexical).hits.map(\.key)
        let hyb = try defaults.search(SearchRequest(query: judged.query, limit: 3)).hits.map(\.key)
        if lex.contains(where: judged.relevant.contains), !hyb.contains(where: judged.relevant.contains) {
            print("literal miss: \(judged.query) want \(judged.relevant.sorted()) lexical \(lex) hybrid \(hyb)")
        }
    }
}

// Match calibration: best cosine of judged (on-topic) queries against off-topic ones.
func bestCosines(_ queries: [String]) throws -> [Double] {
    try queries.map { try defaults.search(SearchRequest(query: $0), mode: .semantic).bestCosine ?? 0 }.sorted()
}
let onTopic = try bestCosines(paraphrases.map(\.query) + literal.map(\.query))
let away = try bestCosines(offTopic)
print(
    "\nbest cosine, judged queries: min \(f3(onTopic.first ?? 0)) p10 \(f3(onTopic[onTopic.count / 10])) median \(f3(onTopic[onTopic.count / 2]))"
)
for threshold in [0.2, 0.22, 0.25, 0.3, 0.35, 0.4, 0.45] {
    print("judged queries with best cosine below \(threshold): \(onTopic.filter { $0 < threshold }.count) of \(onTopic.count)")
}
print("best cosine, off-topic queries: median \(f3(away[away.count / 2])) max \(f3(away.last ?? 0))")
print(
    "off-topic: " + (try offTopic.map { "\($0) → \(try defaults.search(SearchRequest(query: $0)).match.rawValue)" }.joined(separator: "; "))
)

// Fusion alone: the query vector from the table, so each sample is BM25F at limit 50, the clause
// coverage, the scan of every vector and the fusion; today's default beside the one it replaced
// (max cosine, RRF k=10 wL=0.75 on the best hit's coverage^3, glossary 0.85), interleaved.
let previous = FusionParameters(
    method: .reciprocalRank, denseSoftness: 0, reciprocalRankK: 10, lexicalRankWeight: 0.75, typePriors: [.glossary: 0.85],
    coverageExponent: 3)
let fusionRequests = try (paraphrases + literal).map { try SearchRequest(query: $0.query) }
var fusionSamples: [String: [UInt64]] = [:]
let fusionPeers = [
    ("previous default", HybridSearcher(lexical: lexical, dense: build.index, embedder: cached, parameters: previous)),
    ("default", defaults),
]
for _ in 0..<20 {
    for request in fusionRequests.shuffled() {
        for (name, searcher) in fusionPeers.shuffled() {
            let start = now()
            _ = searcher.search(request)
            fusionSamples[name, default: []].append(now() - start)
        }
    }
}
for (name, _) in fusionPeers {
    let samples = (fusionSamples[name] ?? []).sorted()
    print(
        "fusion latency, \(name) (cached query vector): \(samples.count) queries, median "
            + "\(String(format: "%.3f", Double(quantile(samples, 0.5)) / 1e6)) ms, p99 \(String(format: "%.3f", Double(quantile(samples, 0.99)) / 1e6)) ms"
    )
}

// Latency: each query alone, hybrid with the real model (no table) beside lexical.
let live = HybridSearcher(lexical: lexical, dense: build.index, embedder: base)
let requests = try (paraphrases + literal).map { try SearchRequest(query: $0.query) }
for mode in [SearchMode.lexical, .hybrid] {
    var samples: [UInt64] = []
    let rounds = mode == .lexical ? 50 : 2
    for _ in 0..<rounds {
        for request in requests.shuffled() {
            let start = now()
            _ = live.search(request, mode: mode)
            samples.append(now() - start)
        }
    }
    samples.sort()
    print(
        "latency \(mode.rawValue): \(samples.count) queries, median \(String(format: "%.3f", Double(quantile(samples, 0.5)) / 1e6)) ms, p99 \(String(format: "%.3f", Double(quantile(samples, 0.99)) / 1e6)) ms"
    )
}
