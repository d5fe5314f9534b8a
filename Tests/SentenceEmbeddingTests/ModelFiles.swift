import Foundation
import SentenceEmbedding
import Testing

/// Where the tests find the fetched model, and whether they may skip without it.
///
/// `make test` runs `scripts/fetch-model.sh` first, so the model is there in CI; a developer who has
/// not fetched it gets a plain skip instead, except under `CI=true`, where a missing model must fail.
enum ModelFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory = packageRoot.appendingPathComponent("Models/all-MiniLM-L6-v2").path
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minilm-parity.json.gz").path

    /// The model's two files exist.
    static var present: Bool {
        ["model.safetensors", "vocab.txt"].allSatisfy { FileManager.default.fileExists(atPath: directory + "/" + $0) }
    }

    /// True when the tests that need the model should run: it is there, or this is CI (where its
    /// absence is a failure, not a reason to skip).
    static var shouldRun: Bool {
        present || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    static let skipReason: Comment = "model not fetched: run scripts/fetch-model.sh (CI=true never skips)"

    /// One encoder for every test in the process: loading hashes 87 MiB.
    static let shared: Result<SentenceEncoder, ModelLoadError> = Result { () throws(ModelLoadError) in
        try SentenceEncoder(modelDirectory: directory)
    }
}
