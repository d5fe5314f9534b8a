import ExplainerContent
import Foundation
import Testing

/// `check` reads the search aids beside the content without the model: broken questions fail it,
/// questions for a document that is gone and vectors that no longer cover the texts are warned of.
@Suite struct SearchFilesCheckTests {
    /// A copy of the real content folder, removed after `body`.
    func withContentCopy(_ body: (String) throws -> Void) throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: PackagePaths.content, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try body(copy)
    }

    @Test func theRealContentChecksWithoutSearchWarnings() {
        let result = ContentCheck.run(directory: PackagePaths.content)
        #expect(result.exitCode == 0)
        #expect(!result.report.contains(SearchQuestions.fileName), "\(result.report)")
        #expect(!result.report.contains(VectorFile.fileName), "vectors.bin is stale: run explainer-server index Content")
    }

    @Test func brokenQuestionsFailTheCheckNamingTheFileAndTheDocument() throws {
        try withContentCopy { copy in
            let file = copy + "/" + SearchQuestions.fileName
            let broken = #"{"questions": {"passage:not-suicide#p1": [""], "claim:x": "not a list"}}"#
            try Data(broken.utf8).write(to: URL(fileURLWithPath: file))
            let result = ContentCheck.run(directory: copy)
            #expect(result.exitCode == 1)
            #expect(result.report.contains("search-questions.json: error: passage:not-suicide#p1: a question is empty"), "\(result.report)")
            #expect(result.report.contains("claim:x: expected a non-empty array of strings"), "\(result.report)")
        }
    }

    @Test func questionsForAMissingDocumentAndStaleVectorsAreWarnings() throws {
        try withContentCopy { copy in
            let file = URL(fileURLWithPath: copy + "/" + SearchQuestions.fileName)
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: #""questions": {"#, with: #""questions": {"claim:gone": ["a question"], "#)
            text = text.replacingOccurrences(of: #""passage:not-suicide#p1": ["#, with: #""passage:not-suicide#p1": ["a new question", "#)
            try Data(text.utf8).write(to: file)
            let result = ContentCheck.run(directory: copy)
            #expect(result.exitCode == 0)
            #expect(result.report.contains("search-questions.json: claim:gone: warning: names no passage"), "\(result.report)")
            // The new question of an existing passage has no stored vector.
            #expect(result.report.contains("vectors.bin: warning: 1 distinct texts have no stored vector"), "\(result.report)")
        }
    }

    @Test func aFIFOInPlaceOfTheQuestionsIsAProblemNotAStall() throws {
        try withContentCopy { copy in
            let file = copy + "/" + SearchQuestions.fileName
            try FileManager.default.removeItem(atPath: file)
            #expect(mkfifo(file, 0o600) == 0)
            let result = ContentCheck.run(directory: copy)
            #expect(result.exitCode == 1)
            #expect(result.report.contains("search-questions.json: error: not a regular file"), "\(result.report)")
        }
    }
}
