import ExplainerContent
import Foundation
import Testing

/// How the dense retriever pools a document's vectors, and how the coverage boost lets BM25F reorder
/// near-ties: on small hand-made vectors, without the model.
@Suite("Hybrid pooling and coverage boost")
struct HybridPoolingTests {
    /// Vectors looked up by text; any other text gets a vector far from every query here.
    struct TableEmbedding: TextEmbedding {
        let table: [String: [Float]]
        func embed(_ text: String) -> [Float] { table[text] ?? [0, 0, 1] }
        var modelID: String { "table" }
        var dimension: Int { 3 }
    }

    /// A unit vector at cosine `cosine` with (1, 0, 0).
    static func unit(cosine: Float, side: Float = 1) -> [Float] { [cosine, side * (1 - cosine * cosine).squareRoot(), 0] }

    /// A claim whose only field is its body.
    static func claim(_ id: String, _ body: String) -> SearchDocument {
        SearchDocument(
            id: id, type: .claim, title: "Research shows:", url: "/v1/claims/\(id)",
            fields: [SearchField(name: SearchField.Name.body, weight: 1, text: body)])
    }

    @Test("Softness 0 scores a document by its best cosine; a softness pools its vectors by log-sum-exp")
    func poolingIsASoftMaximum() {
        let index = DenseIndex(
            modelID: "table", dimension: 3, documentCount: 2,
            vectors: [Self.unit(cosine: 0.5), Self.unit(cosine: 0.5, side: -1), Self.unit(cosine: 0.52), [0, 0, 1]],
            owners: [0, 0, 1, 1])
        let query: [Float] = [1, 0, 0]
        let hard = index.scores(to: query)
        #expect(abs(hard.best[0] - 0.5) < 1e-6 && abs(hard.best[1] - 0.52) < 1e-6)
        #expect(hard.pooled == hard.best)
        let soft = index.scores(to: query, softness: 0.08)
        #expect(soft.best == hard.best)
        // Two vectors at 0.5 pool to 0.5 + 0.08 ln 2; one at 0.52 beside one at 0 stays just above 0.52.
        #expect(abs(soft.pooled[0] - (0.5 + 0.08 * logf(2))) < 1e-5)
        #expect(abs(soft.pooled[1] - (0.52 + 0.08 * logf(1 + expf(-0.52 / 0.08)))) < 1e-5)
        #expect(soft.pooled[0] > soft.pooled[1])
        #expect(index.scores(to: [1, 0]).pooled == [-1, -1])
    }

    /// Three claims: the first and second are about as near the query by their best vector, the
    /// first also has an expansion question near it; the second spells the query out word for word.
    static func searcher(_ parameters: FusionParameters) throws -> HybridSearcher {
        var documents = [
            Self.claim("tidepools", "Tide pools hold starfish and crabs."),
            Self.claim("regrowth", "Starfish regrow lost arms over months."),
            Self.claim("reefs", "Coral reefs bleach in warm water."),
        ]
        documents[0].questions = ["what lives in rock pools"]
        let embedding = TableEmbedding(table: [
            "Tide pools hold starfish and crabs.": Self.unit(cosine: 0.60),
            "what lives in rock pools": Self.unit(cosine: 0.58, side: -1),
            "Starfish regrow lost arms over months.": Self.unit(cosine: 0.61),
            "starfish regrow arms": [1, 0, 0],
        ])
        let lexical = SearchIndex(documents: documents)
        let build = DenseIndexBuild(documents: documents, embedder: embedding, stored: nil)
        return HybridSearcher(lexical: lexical, dense: build.index, embedder: embedding, parameters: parameters)
    }

    @Test("Pooling lifts a document with several close vectors; a hit still reports its best cosine")
    func pooledDocumentRanksFirst() throws {
        let request = try SearchRequest(query: "starfish regrow arms")
        let hard = try Self.searcher(FusionParameters(denseSoftness: 0)).search(request, mode: .semantic)
        #expect(hard.hits.map(\.hit.id).prefix(2) == ["regrowth", "tidepools"])
        let soft = try Self.searcher(FusionParameters(denseSoftness: 0.08)).search(request, mode: .semantic)
        #expect(soft.hits.map(\.hit.id).prefix(2) == ["tidepools", "regrowth"])
        let first = try #require(soft.hits.first)
        #expect(abs((first.cosine ?? 0) - 0.60) < 1e-5, "cosine is the best vector's, not the pooled score")
        #expect(first.hit.score > 0.60)
        #expect(abs((soft.bestCosine ?? 0) - 0.61) < 1e-5)
    }

    @Test("The coverage boost lifts the document that matches every word, and barely one that matches one")
    func boostFollowsEachDocumentsCoverage() throws {
        let request = try SearchRequest(query: "starfish regrow arms")
        let parameters = FusionParameters(denseSoftness: 0.08, lexicalBoost: 0.2)
        let response = try Self.searcher(parameters).search(request)
        let dense = try Self.searcher(parameters).search(request, mode: .semantic)
        let pooled = Dictionary(uniqueKeysWithValues: dense.hits.map { ($0.hit.id, $0.hit.score) })
        let fused = Dictionary(uniqueKeysWithValues: response.hits.map { ($0.hit.id, $0.hit.score) })
        #expect(response.hits.first?.hit.id == "regrowth")
        #expect(response.hits.first?.retrievers == [.lexical, .semantic])
        // "regrowth" matches all three words: nearly the whole boost. "tidepools" matches "starfish"
        // alone, a third of the clauses: (1/3)^4 of it.
        let regrowthLift = try #require(fused["regrowth"]) - (try #require(pooled["regrowth"]))
        let tidepoolsLift = try #require(fused["tidepools"]) - (try #require(pooled["tidepools"]))
        #expect(regrowthLift > 0.04, "\(regrowthLift)")
        #expect(tidepoolsLift >= 0 && tidepoolsLift < 0.003, "\(tidepoolsLift)")
        #expect(fused["reefs"] == pooled["reefs"], "a document BM25F did not match gets no boost")
        // Without the boost the dense ranking stands.
        let unboosted = try Self.searcher(FusionParameters(denseSoftness: 0.08, lexicalBoost: 0)).search(request)
        #expect(unboosted.hits.first?.hit.id == "tidepools")
    }
}
