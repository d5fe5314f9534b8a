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

    /// Distinct texts of `documents`.
    static func distinctTexts(_ documents: [SearchDocument]) -> Int { Set(documents.flatMap { $0.embeddingTexts() }).count }

    @Test(
        "A written file is read back and reused whole; an edited text and another model are embedded again",
        .enabled(if: HybridTestModel.shouldRun, "Models/all-MiniLM-L6-v2 is absent (scripts/fetch-model.sh fetches it)"))
    func storedVectorsAreReusedWhileTheyMatch() throws {
        try #require(HybridTestModel.isPresent, "Models/all-MiniLM-L6-v2 is absent and CI=true requires it")
        let embedder = try #require(HybridTestModel.embedder)
        var documents = try Self.sample()
        #expect(documents.count == 3)
        let first = DenseIndexBuild(documents: documents, embedder: embedder, stored: nil)
        let texts = Self.distinctTexts(documents)
        #expect(first.reused == 0 && first.embedded == texts && first.index.documentCount == 3)
        let file = try VectorFile(bytes: first.file.encoded())
        #expect(file == first.file)
        let again = DenseIndexBuild(documents: documents, embedder: embedder, stored: file)
        #expect(again.reused == texts && again.embedded == 0)
        for position in first.index.owners.indices { #expect(again.index.vector(at: position) == first.index.vector(at: position)) }

        let slot = try #require(documents[0].fields.firstIndex { $0.name == SearchField.Name.body })
        documents[0].fields[slot].text += " Edited."
        // The claim and the glossary term have one text each; the edited passage's whole body changed
        // and it gained a window ("… last sentence. Edited."); its other windows and lead line did not.
        let editedTexts = Self.distinctTexts(documents)
        let stale = DenseIndexBuild.staleCount(documents: documents, modelID: embedder.modelID, dimension: 384, stored: file)
        #expect(stale == (documents[0].embeddingTexts().count > 1 ? 2 : 1))
        let edited = DenseIndexBuild(documents: documents, embedder: embedder, stored: file)
        #expect(edited.embedded == stale && edited.reused == editedTexts - stale)
        let otherModel = String(repeating: "0", count: 64)
        #expect(DenseIndexBuild.staleCount(documents: documents, modelID: otherModel, dimension: 384, stored: file) == editedTexts)
    }

    @Test("Documents that share a text store it once, and a second build embeds nothing")
    func sharedTextsAreStoredOnce() throws {
        let documents = [
            StoredVectorFixture.claim("a", "Harm reduction meets people where they are."),
            StoredVectorFixture.claim("b", "Harm reduction meets people where they are."),
            StoredVectorFixture.claim("c", "Wound care lowers the risk of infection."),
        ]
        let embedder = StoredVectorFixture.HashEmbedding()
        let first = DenseIndexBuild(documents: documents, embedder: embedder, stored: nil)
        #expect(first.entries.count == 3 && first.textSHA256.count == 2 && first.embedded == 2)
        #expect(first.entries.map(\.text) == [0, 0, 1])
        #expect(first.index.rowCount == 2 && first.index.vector(at: 0) == first.index.vector(at: 1))
        let file = try VectorFile(bytes: first.file.encoded())
        #expect(file == first.file && file.entries.map(\.key) == ["claim:a", "claim:b", "claim:c"])
        let again = DenseIndexBuild(documents: documents, embedder: StoredVectorFixture.RefusingEmbedding(of: file), stored: file)
        #expect(again.reused == 2 && again.embedded == 0)
        #expect(again.file == first.file)
    }

    @Test("A file mapped from a folder reads back as written; a missing one is nil, a truncated one names its path")
    func mappedFilesReadBackOrFailByName() throws {
        try StoredVectorFixture.withFolder { folder in
            let file = StoredVectorFixture.smallFile()
            let path = folder + "/" + VectorFile.fileName
            #expect(try VectorFile.read(directory: folder) == nil)
            try Data(file.encoded()).write(to: URL(fileURLWithPath: path))
            #expect(try VectorFile.read(directory: folder) == file)
            try Data(file.encoded().dropLast(4)).write(to: URL(fileURLWithPath: path))
            let error = #expect(throws: VectorFileError.self) { try VectorFile.read(directory: folder) }
            #expect(error?.description.hasPrefix(path + ": not a usable vector file") == true, "\(String(describing: error))")
            try Data().write(to: URL(fileURLWithPath: path))
            #expect(throws: VectorFileError.malformed(path: path, reason: "0 bytes, shorter than the header")) {
                try VectorFile.read(directory: folder)
            }
        }
    }

    @Test("Each field out of its bound is refused by name", arguments: StoredVectorFixture.corruptions)
    func corruptFieldsAreRefused(corruption: StoredVectorFixture.Corruption) throws {
        var bytes = StoredVectorFixture.smallFile().encoded()
        corruption.apply(&bytes)
        let error = #expect(throws: VectorFileError.self) { try VectorFile(bytes: bytes, path: "x/vectors.bin") }
        #expect(error == .malformed(path: "x/vectors.bin", reason: corruption.reason))
    }

    @Test("Every truncation and every single flipped byte is an error or a file, never a crash")
    func damagedFilesNeverCrash() {
        let bytes = StoredVectorFixture.smallFile().encoded()
        for length in 0..<bytes.count { #expect(throws: VectorFileError.self) { try VectorFile(bytes: Array(bytes.prefix(length))) } }
        var parsed = 0
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 0xA5
            if let file = try? VectorFile(bytes: damaged) {
                parsed += 1
                // A file that parses (a damaged vector or key byte) still gives every row whole.
                for row in file.textSHA256.indices { #expect(file.vector(text: row).count == file.dimension) }
            }
        }
        #expect(parsed > 0 && parsed < bytes.count)
    }

    @Test("The content loader ignores vectors.bin in the content folder")
    func loaderIgnoresTheVectorFile() throws {
        try StoredVectorFixture.withFolder { folder in
            try FileManager.default.removeItem(atPath: folder)
            try FileManager.default.copyItem(atPath: SearchTestContent.directory, toPath: folder)
            try Data("not a vector file".utf8).write(to: URL(fileURLWithPath: folder + "/" + VectorFile.fileName))
            guard case .success(let content) = ContentLoader.load(directory: folder) else {
                Issue.record("the content with vectors.bin beside it did not load")
                return
            }
            #expect(content.contentVersion == SearchTestContent.content?.contentVersion)
            #expect(throws: VectorFileError.self) { try VectorFile.read(directory: folder) }
            #expect(try VectorFile.read(directory: SearchTestContent.directory + "/sections") == nil)
        }
    }
}
