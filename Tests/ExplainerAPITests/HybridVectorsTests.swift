import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPTesting
import Testing

/// Each snapshot's dense vectors: read from `Content/vectors.bin` where they match, embedded where
/// not, and built again on a reload before the new snapshot is served.
@Suite(.enabled(if: HybridAPIFixture.shouldRun, "no model in Models/ (scripts/fetch-model.sh)"))
struct HybridVectorsTests {
    @Test func theCommittedVectorsCoverTheContentSoStartEmbedsNothing() throws {
        let app = try #require(HybridAPIFixture.app())
        let report = try #require(app.live.startVectors)
        #expect(report.embedded == 0, "Content/vectors.bin is stale: run explainer-server index Content")
        #expect(report.reused > 0)
        #expect(report.storedProblem == nil)
    }

    @Test func aFolderWithoutVectorsHasEveryVectorEmbeddedAndCounted() async throws {
        let embedding = try #require(HybridAPIFixture.embedding)
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-vectors-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        // The same documents and questions as Content/, only without its vectors.bin.
        try FileManager.default.copyItem(
            atPath: APIFixture.packageRoot + "/Content/" + SearchQuestions.fileName, toPath: empty + "/" + SearchQuestions.fileName)
        let semantic = SemanticSearch(embedding: embedding, modelName: "all-MiniLM-L6-v2", contentDirectory: empty)
        let app = ExplainerApp(index: APIFixture.index, semantic: semantic)
        let report = try #require(app.live.startVectors)
        #expect(report.reused == 0)
        #expect(report.embedded == (try #require(HybridAPIFixture.app()?.live.startVectors)).reused)
        try await APIFixture.withServer(responder: app.responder) { server in
            let body = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction"))
            #expect(body["mode"] as? String == "hybrid")
        }
    }

    @Test func aReloadedSnapshotServesHybridWithItsOwnVectors() async throws {
        let app = try #require(HybridAPIFixture.app())
        let report = try #require(app.live.replace(with: APIFixture.index))
        #expect(report.embedded == 0 && report.reused > 0)
        try await APIFixture.withServer(responder: app.responder) { server in
            let body = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction"))
            #expect(body["mode"] as? String == "hybrid")
            #expect(body["fallback_reason"] is NSNull)
        }
    }
}
