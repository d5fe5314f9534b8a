import ExplainerContent
import Testing

/// Hybrid search without a model: it answers lexically and says why.
@Suite("Hybrid fallback")
struct HybridFallbackTests {
    @Test("Without an embedder a hybrid search is the lexical ranking, marked lexical, with the reason")
    func hybridFallsBackToLexical() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        let searcher = HybridSearcher(lexical: index, dense: nil, embedder: nil)
        #expect(!searcher.hasVectors)
        let request = try SearchRequest(query: "harm reduction")
        for mode in [SearchMode.hybrid, .semantic] {
            let response = searcher.search(request, mode: mode)
            #expect(response.requestedMode == mode)
            #expect(response.mode == .lexical)
            #expect(response.fallbackReason != nil)
            #expect(response.hits.map(\.hit) == index.search(request).hits)
            #expect(response.hits.allSatisfy { $0.retrievers == [.lexical] && $0.cosine == nil })
            #expect(response.match == .good)
        }
        let asked = searcher.search(request, mode: .lexical)
        #expect(asked.fallbackReason == nil)
        #expect(searcher.search(try SearchRequest(query: "zzqx"), mode: .hybrid).match == .none)
    }
}
