import ExplainerContent

extension HybridSearchResponse {
    /// A BM25F response as a lexical-mode hybrid one: every hit found by `lexical`, `match` good when
    /// anything matched (as `HybridSearcher` says in lexical mode).
    package init(lexical response: SearchResponse) {
        self.init(
            request: response.request, requestedMode: .lexical, mode: .lexical, fallbackReason: nil,
            hits: response.hits.enumerated().map { place, hit in
                HybridHit(hit: hit, retrievers: [.lexical], lexicalRank: place + 1, semanticRank: nil, cosine: nil)
            },
            totalMatches: response.totalMatches, match: response.totalMatches > 0 ? .good : .none, bestCosine: nil,
            support: response.support)
    }
}
