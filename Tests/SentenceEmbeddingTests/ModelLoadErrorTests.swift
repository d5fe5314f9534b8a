import Foundation
import SentenceEmbedding
import Testing

/// Missing and corrupt model files are reported as a typed error naming the file; these tests make
/// their own small files and need no fetched model.
@Suite struct ModelLoadErrorTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sentence-embedding-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// A vocabulary of the right size with the special tokens at BERT's ids.
    func writeVocabulary(count: Int = 30522) throws {
        var lines = (0..<count).map { "token\($0)" }
        lines[0] = "[PAD]"
        lines[100] = "[UNK]"
        lines[101] = "[CLS]"
        lines[102] = "[SEP]"
        lines[103] = "[MASK]"
        try (lines.joined(separator: "\n") + "\n").write(toFile: directory + "/vocab.txt", atomically: true, encoding: .utf8)
    }

    /// A safetensors file with `header` as its JSON and `dataBytes` zero bytes after it.
    func writeModel(header: String, dataBytes: Int = 0, declaredLength: UInt64? = nil) throws {
        var bytes = [UInt8]()
        let json = Array(header.utf8)
        withUnsafeBytes(of: (declaredLength ?? UInt64(json.count)).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: json)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: dataBytes))
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/model.safetensors"))
    }

    func load(expected: String? = nil) -> ModelLoadError? {
        do {
            _ = try SentenceEncoder(modelDirectory: directory, expectedModelSHA256: expected)
            return nil
        } catch {
            return error
        }
    }

    @Test func missingFolderNamesTheVocabulary() {
        let error = load(expected: SentenceEncoder.referenceModelSHA256)
        #expect(error == .missingFile(path: directory + "/vocab.txt"))
    }

    @Test func missingWeightsNameModelSafetensors() throws {
        try writeVocabulary()
        #expect(load() == .missingFile(path: directory + "/model.safetensors"))
    }

    @Test func vocabularyOfTheWrongSizeIsCorrupt() throws {
        try writeVocabulary(count: 1000)
        guard case .corruptFile(let path, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(path == directory + "/vocab.txt")
        #expect(reason.contains("1000 tokens"))
    }

    @Test func weightsWithAnotherDigestAreAChecksumMismatch() throws {
        try writeVocabulary()
        try writeModel(header: "{}")
        guard case .checksumMismatch(let path, let expected, let actual) = load(expected: SentenceEncoder.referenceModelSHA256)
        else {
            Issue.record("expected checksumMismatch")
            return
        }
        #expect(path == directory + "/model.safetensors")
        #expect(expected == SentenceEncoder.referenceModelSHA256)
        #expect(actual.count == 64 && actual != expected)
    }

    @Test func headerLongerThanTheFileIsCorrupt() throws {
        try writeVocabulary()
        try writeModel(header: "{}", declaredLength: 1 << 40)
        guard case .corruptFile(let path, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(path == directory + "/model.safetensors")
        #expect(reason.contains("header length"))
    }

    @Test func fileShorterThanTheLengthFieldIsCorrupt() throws {
        try writeVocabulary()
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: directory + "/model.safetensors"))
        guard case .corruptFile(_, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(reason.contains("shorter than a header"))
    }

    @Test func headerThatIsNotJSONIsCorrupt() throws {
        try writeVocabulary()
        try writeModel(header: "not json at all")
        guard case .corruptFile(_, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(reason.contains("not a JSON object"))
    }

    @Test func tensorRangePastTheEndOfTheFileIsCorrupt() throws {
        try writeVocabulary()
        try writeModel(header: #"{"embeddings.LayerNorm.bias":{"dtype":"F32","shape":[384],"data_offsets":[0,1536]}}"#, dataBytes: 100)
        guard case .corruptFile(_, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(reason.contains("embeddings.LayerNorm.bias lies outside the file"))
    }

    @Test func missingTensorIsCorruptAndNamed() throws {
        try writeVocabulary()
        try writeModel(header: #"{"__metadata__":{"format":"pt"}}"#)
        guard case .corruptFile(_, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(reason == "no tensor embeddings.word_embeddings.weight")
    }

    @Test func tensorOfTheWrongShapeIsCorruptAndNamed() throws {
        try writeVocabulary()
        try writeModel(
            header: #"{"embeddings.word_embeddings.weight":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}}"#, dataBytes: 24)
        guard case .corruptFile(_, let reason) = load() else {
            Issue.record("expected corruptFile")
            return
        }
        #expect(reason.contains("embeddings.word_embeddings.weight has shape [2, 3], expected [30522, 384]"))
    }

    @Test func descriptionNamesTheFile() {
        let error = ModelLoadError.missingFile(path: "/models/vocab.txt")
        #expect(error.description == "/models/vocab.txt: missing")
        #expect(error.path == "/models/vocab.txt")
        let library = ModelLoadError.libraryUnavailable(path: "libopenblas.so.0", reason: "cannot open shared object file")
        #expect(library.description == "libopenblas.so.0: cannot be loaded: cannot open shared object file")
        #expect(library.path == "libopenblas.so.0")
    }
}
