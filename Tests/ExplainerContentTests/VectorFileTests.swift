import ExplainerContent
import Foundation
import Testing

/// Stored document vectors: written once, reused while model and text match, embedded again otherwise.
@Suite("Stored vectors")
struct VectorFileTests {
    /// Three real documents: a passage, a claim and a glossary term.
    static func sample() throws -> [SearchDocument] {
        let documents = try #require(SearchTestContent.index).documents
        return SearchResultType.allCases.compactMap { type in documents.first { $0.type == type } }
    }

    @Test(
        "A written file is read back and reused whole; an edited text and another model are embedded again",
        .enabled(if: HybridTestModel.shouldRun, "Models/all-MiniLM-L6-v2 is absent (scripts/fetch-model.sh fetches it)"))
    func storedVectorsAreReusedWhileTheyMatch() throws {
        try #require(HybridTestModel.isPresent, "Models/all-MiniLM-L6-v2 is absent and CI=true requires it")
        let embedder = try #require(HybridTestModel.embedder)
        var documents = try Self.sample()
        #expect(documents.count == 3)
        let first = DenseIndexBuild(documents: documents, embedder: embedder, stored: nil)
        let texts = documents.map { $0.embeddingTexts().count }.reduce(0, +)
        #expect(first.reused == 0 && first.embedded == texts && first.index.documentCount == 3)
        let file = try VectorFile(bytes: first.file.encoded())
        #expect(file == first.file)
        let again = DenseIndexBuild(documents: documents, embedder: embedder, stored: file)
        #expect(again.reused == texts && again.embedded == 0)
        for position in 0..<texts { #expect(again.index.vector(at: position) == first.index.vector(at: position)) }

        let slot = try #require(documents[0].fields.firstIndex { $0.name == SearchField.Name.body })
        documents[0].fields[slot].text += " Edited."
        // The claim and the glossary term have one text each; the edited passage's whole body changed
        // and it gained a window ("… last sentence. Edited."); its other windows and lead line did not.
        let editedTexts = documents.map { $0.embeddingTexts().count }.reduce(0, +)
        let stale = DenseIndexBuild.staleCount(documents: documents, modelID: embedder.modelID, dimension: 384, stored: file)
        #expect(stale == (documents[0].embeddingTexts().count > 1 ? 2 : 1))
        let edited = DenseIndexBuild(documents: documents, embedder: embedder, stored: file)
        #expect(edited.embedded == stale && edited.reused == editedTexts - stale)
        let otherModel = String(repeating: "0", count: 64)
        #expect(DenseIndexBuild.staleCount(documents: documents, modelID: otherModel, dimension: 384, stored: file) == editedTexts)
    }

    @Test("A file that is not a vector file, or whose vector has the wrong length, is refused by name")
    func malformedFilesAreRefused() throws {
        #expect(throws: VectorFileError.self) { try VectorFile(bytes: Array("[]".utf8)) }
        let short =
            #"{"dimension":384,"format":"explainer-vectors/1","model_sha256":"x","#
            + #""vectors":[{"key":"claim:a","text_sha256":"y","vector":"AAAAAA=="}]}"#
        #expect(throws: VectorFileError.malformed("claim:a: vector is not 384 base64 floats")) {
            try VectorFile(bytes: Array(short.utf8))
        }
    }

    @Test("The content loader ignores vectors.json in the content folder")
    func loaderIgnoresTheVectorFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: SearchTestContent.directory, toPath: folder.path)
        try Data("not even JSON".utf8).write(to: folder.appendingPathComponent(VectorFile.fileName))
        guard case .success(let content) = ContentLoader.load(directory: folder.path) else {
            Issue.record("the content with vectors.json beside it did not load")
            return
        }
        #expect(content.contentVersion == SearchTestContent.content?.contentVersion)
        #expect(throws: VectorFileError.self) { try VectorFile.read(directory: folder.path) }
        #expect(try VectorFile.read(directory: SearchTestContent.directory + "/sections") == nil)
    }
}
