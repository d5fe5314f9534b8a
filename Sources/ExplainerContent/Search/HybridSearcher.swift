import Foundation

/// Hybrid retrieval: BM25F (`SearchIndex`) and dense cosine (`DenseIndex`) over the same documents,
/// fused into one ranking.
///
/// Immutable and `Sendable`; built once per content version beside the lexical index. Without a
/// model or with vectors that do not fit the documents it still answers, lexically, and says so
/// (`HybridSearchResponse.fallbackReason`). A hybrid or semantic query costs one `embed` of the
/// query (tens of milliseconds: run it off the event loop) plus microseconds of scanning and fusion.
/// The dense retriever ranks by each document's pooled score (`DenseScores`); `match` and each hit's
/// `cosine` use the best cosine, on which `match` is calibrated.
public final class HybridSearcher: Sendable {
    /// The lexical index, whose documents the vectors follow slot for slot.
    public let lexical: SearchIndex
    /// The document vectors, when usable with `embedder`.
    public let dense: DenseIndex?
    /// The model that embeds queries.
    let embedder: (any TextEmbedding)?
    /// The fusion knobs.
    public let parameters: FusionParameters

    /// Creates a searcher. `dense` and `embedder` are used only together, and only when the vectors
    /// are the model's and one per document; otherwise every search is lexical.
    public init(
        lexical: SearchIndex, dense: DenseIndex?, embedder: (any TextEmbedding)?, parameters: FusionParameters = FusionParameters()
    ) {
        self.lexical = lexical
        self.parameters = parameters
        if let dense, let embedder, dense.modelID == embedder.modelID, dense.documentCount == lexical.documents.count,
            dense.dimension == embedder.dimension
        {
            self.dense = dense
            self.embedder = embedder
        } else {
            self.dense = nil
            self.embedder = nil
        }
    }

    /// Whether hybrid and semantic searches can run (a model and matching vectors are present).
    public var hasVectors: Bool { dense != nil }

    /// How many (document, text) pairs a dense scan pools: what a search costs beyond BM25F once the
    /// query's vector is known (about 0.03 µs a pair here: microseconds on the real content, 13 ms at
    /// 1000×). 0 without vectors.
    public var densePairCount: Int { dense?.owners.count ?? 0 }

    /// The query's vector from the model (tens of milliseconds: off the event loop); nil without vectors.
    public func embed(_ query: String) -> [Float]? {
        guard dense != nil, let embedder else { return nil }
        return embedder.embed(query)
    }

    /// Runs a validated search in `mode` (see `SearchMode`); the query syntax is `SearchIndex.search(_:)`'s.
    /// `queryVector`, when given, is the query's vector made earlier by `embed` (a cache); else the
    /// model embeds the query now.
    public func search(_ request: SearchRequest, mode: SearchMode = .hybrid, queryVector: [Float]? = nil) -> HybridSearchResponse {
        guard mode != .lexical, let dense, let embedder else {
            return lexicalOnly(request, requested: mode)
        }
        let vector = queryVector.flatMap { $0.count == dense.dimension ? $0 : nil } ?? embedder.embed(request.query)
        let scores = dense.scores(to: vector, softness: Float(parameters.denseSoftness))
        let semanticOrder = lexical.documents.indices.filter { request.types.contains(lexical.documents[$0].type) }
            .sorted { scores.pooled[$0] != scores.pooled[$1] ? scores.pooled[$0] > scores.pooled[$1] : $0 < $1 }
        var semanticRank = [Int?](repeating: nil, count: scores.pooled.count)
        for (place, slot) in semanticOrder.enumerated() { semanticRank[slot] = place + 1 }
        let bestCosine = semanticOrder.map { Double(scores.best[$0]) }.max()
        let semanticFound = Set(semanticOrder.prefix(parameters.semanticDepth))

        if mode == .semantic {
            let support = lexical.crisisDetector.assess(request.query)
            let hits = semanticOrder.prefix(request.limit).map { slot in
                HybridHit(
                    hit: lexical.hit(document: slot, score: scores.pooled[slot], marked: []), retrievers: [.semantic], lexicalRank: nil,
                    semanticRank: semanticRank[slot], cosine: Double(scores.best[slot]))
            }
            return HybridSearchResponse(
                request: request, requestedMode: mode, mode: .semantic, fallbackReason: nil, hits: hits,
                totalMatches: semanticFound.count, match: match(bestCosine: bestCosine, lexicalHits: 0), bestCosine: bestCosine,
                support: support)
        }

        let wide = (try? SearchRequest(query: request.query, limit: SearchRequest.maximumLimit, types: request.types)) ?? request
        let lexicalRanking = lexical.rank(wide)
        var lexicalHits: [Int: (rank: Int, score: Double)] = [:]
        let lexicalSlots = lexicalRanking.entries.map { Int($0.document) }
        for (place, entry) in lexicalRanking.entries.enumerated() { lexicalHits[Int(entry.document)] = (place + 1, Double(entry.score)) }
        let trust = lexicalTrust(query: request.query, lexicalSlots: lexicalSlots)
        var top = TopHits(capacity: request.limit)
        let candidates = semanticFound.union(lexicalHits.keys)
        for slot in candidates {
            let score = fused(
                lexicalRank: lexicalHits[slot]?.rank, lexicalScore: lexicalHits[slot]?.score, semanticRank: semanticRank[slot],
                dense: Double(scores.pooled[slot]), type: lexical.documents[slot].type, lexicalTrust: trust[slot] ?? 0)
            top.offer(document: Int32(slot), score: Float(score))
        }
        let hits = top.ranked.map { entry -> HybridHit in
            let slot = Int(entry.document)
            // Only words BM25F matched in this document are marked: none for a hit found by meaning alone.
            let hit = lexical.hit(document: slot, score: entry.score, marked: lexicalHits[slot] == nil ? [] : lexicalRanking.markedTerms)
            var retrievers: [SearchRetriever] = []
            if lexicalHits[slot] != nil { retrievers.append(.lexical) }
            if semanticFound.contains(slot) { retrievers.append(.semantic) }
            return HybridHit(
                hit: hit, retrievers: retrievers, lexicalRank: lexicalHits[slot]?.rank, semanticRank: semanticRank[slot],
                cosine: Double(scores.best[slot]))
        }
        return HybridSearchResponse(
            request: request, requestedMode: mode, mode: .hybrid, fallbackReason: nil, hits: hits, totalMatches: candidates.count,
            match: match(bestCosine: bestCosine, lexicalHits: lexicalRanking.totalMatches), bestCosine: bestCosine,
            support: lexicalRanking.support)
    }

    /// How far BM25F is trusted for each document it matched, 0…1: `coverage ^ coverageExponent`,
    /// where the coverage is the document's own (coverage boost) or the best lexical hit's, shared by
    /// every hit (RRF, blend). `lexicalSlots` is the BM25F ranking, best first.
    func lexicalTrust(query: String, lexicalSlots: [Int]) -> [Int: Double] {
        guard let first = lexicalSlots.first else { return [:] }
        guard parameters.coverageExponent > 0 else { return Dictionary(uniqueKeysWithValues: lexicalSlots.map { ($0, 1.0) }) }
        let exponent = parameters.coverageExponent
        if parameters.method == .coverageBoost {
            let coverage = lexical.clauseCoverage(of: query, documents: lexicalSlots)
            return Dictionary(uniqueKeysWithValues: zip(lexicalSlots, coverage.map { pow($0, exponent) }))
        }
        let shared = pow(lexical.clauseCoverage(of: query, documents: [first])[0], exponent)
        return Dictionary(uniqueKeysWithValues: lexicalSlots.map { ($0, shared) })
    }

    /// The fused score of one candidate; a retriever that did not find it contributes nothing to RRF.
    /// `dense` is its pooled dense score; `lexicalTrust` (0…1, from clause coverage) scales BM25F's
    /// boost, weight or share.
    func fused(
        lexicalRank: Int?, lexicalScore: Double?, semanticRank: Int?, dense: Double, type: SearchResultType, lexicalTrust: Double
    ) -> Double {
        let p = parameters
        let bm25 = lexicalScore.map { $0 / ($0 + p.lexicalMidpoint) } ?? 0
        switch p.method {
        case .coverageBoost:
            return (dense + p.lexicalBoost * lexicalTrust * bm25) * p.prior(type)
        case .reciprocalRank:
            var score = 0.0
            if let lexicalRank { score += lexicalTrust * p.lexicalRankWeight / (p.reciprocalRankK + Double(lexicalRank)) }
            if let semanticRank, semanticRank <= p.semanticDepth { score += 1 / (p.reciprocalRankK + Double(semanticRank)) }
            return score * p.prior(type)
        case .scoreBlend:
            let span = max(p.cosineCeiling - p.cosineFloor, 1e-6)
            let mapped = min(max((dense - p.cosineFloor) / span, 0), 1)
            let share = p.lexicalShare * lexicalTrust
            return (share * bm25 + (1 - share) * mapped) * p.prior(type)
        }
    }

    /// With vectors: `good` from `goodCosine`, `weak` from `weakCosine`, else `none`, whatever BM25F
    /// matched (a stemmed common word such as "long" matches off-topic questions too). Without vectors:
    /// `good` when BM25F matched anything, else `none`.
    func match(bestCosine: Double?, lexicalHits: Int) -> MatchQuality {
        guard let bestCosine else { return lexicalHits > 0 ? .good : .none }
        if bestCosine >= parameters.goodCosine { return .good }
        return bestCosine >= parameters.weakCosine ? .weak : .none
    }

    /// BM25F alone, as asked or as the fallback when there are no vectors.
    private func lexicalOnly(_ request: SearchRequest, requested: SearchMode) -> HybridSearchResponse {
        let response = lexical.search(request)
        let hits = response.hits.enumerated().map { place, hit in
            HybridHit(hit: hit, retrievers: [.lexical], lexicalRank: place + 1, semanticRank: nil, cosine: nil)
        }
        return HybridSearchResponse(
            request: request, requestedMode: requested, mode: .lexical,
            fallbackReason: requested == .lexical ? nil : "no sentence-embedding model or stored vectors: lexical search only",
            hits: hits, totalMatches: response.totalMatches, match: match(bestCosine: nil, lexicalHits: response.totalMatches),
            bestCosine: nil, support: response.support)
    }
}
