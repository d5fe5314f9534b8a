import ExplainerContent
import Foundation
import Testing

/// `Content/vectors.bin` as committed: it covers the content, it is exactly what `index` writes for
/// it, and its shared rows score as one vector per text did. None of this needs the model.
@Suite("Committed vectors")
struct CommittedVectorsTests {
    /// The committed file and the build `DenseIndexBuild.load` makes from it without embedding.
    static func committedBuild() throws -> (file: VectorFile, build: DenseIndexBuild) {
        let file = try #require(try VectorFile.read(directory: PackagePaths.content), "Content/vectors.bin is missing")
        let documents = try #require(SearchTestContent.index).documents
        let (build, problem) = DenseIndexBuild.load(
            contentDirectory: PackagePaths.content, documents: documents, embedder: StoredVectorFixture.RefusingEmbedding(of: file))
        #expect(problem == nil)
        return (file, build)
    }

    @Test func indexOnTheContentWritesTheCommittedFileByteForByte() throws {
        let (file, build) = try Self.committedBuild()
        #expect(build.embedded == 0, "Content/vectors.bin is stale: run explainer-server index Content")
        #expect(build.file.encoded() == file.encoded(), "Content/vectors.bin is not what index writes: run explainer-server index Content")
        #expect(build.textSHA256.count <= build.entries.count)
    }

    @Test func sharedRowsScoreExactlyAsOneVectorPerText() throws {
        let (_, build) = try Self.committedBuild()
        let shared = build.index
        let unshared = DenseIndex(
            modelID: shared.modelID, dimension: shared.dimension, documentCount: shared.documentCount,
            vectors: shared.owners.indices.map { Array(shared.vector(at: $0)) }, owners: shared.owners)
        // Stored vectors stand in for queries: each is near its own document and far from others.
        for pair in stride(from: 0, to: shared.owners.count, by: max(1, shared.owners.count / 25)) {
            let query = Array(shared.vector(at: pair))
            for softness: Float in [0, 0.08] {
                let expected = unshared.scores(to: query, softness: softness)
                let scores = shared.scores(to: query, softness: softness)
                #expect(scores.best == expected.best && scores.pooled == expected.pooled)
            }
        }
    }
}
