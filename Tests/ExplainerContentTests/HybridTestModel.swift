import ExplainerContent
import Foundation
import SentenceEmbedding

/// The sentence-embedding model and a hybrid searcher over the real content, built once per process.
///
/// The model lives in the ignored `Models/` (`scripts/fetch-model.sh`). Without it the hybrid tests
/// are skipped with that reason, except under `CI=true`, where they run and fail on the missing model.
enum HybridTestModel {
    /// `Models/all-MiniLM-L6-v2` in the package.
    static let directory = PackagePaths.root.appendingPathComponent("Models/all-MiniLM-L6-v2").path

    /// Whether the model files are there.
    static let isPresent = FileManager.default.fileExists(atPath: directory + "/model.safetensors")

    /// Whether the tests must run even without the model (CI sets `CI=true`).
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Run the hybrid tests when the model is present, or when CI requires it (they then fail on it).
    static let shouldRun = isPresent || isRequired

    /// The model, each distinct text embedded once; `nil` when it does not load.
    static let embedder: MemoizedEmbedding? = {
        guard let encoder = try? SentenceEncoder(modelDirectory: directory) else { return nil }
        return MemoizedEmbedding(EncoderEmbedding(encoder: encoder))
    }()

    /// The document vectors of the real content (stored `Content/vectors.bin` used where it matches).
    static let build: DenseIndexBuild? = {
        guard let embedder, let index = SearchTestContent.index else { return nil }
        return DenseIndexBuild.load(contentDirectory: SearchTestContent.directory, documents: index.documents, embedder: embedder)
            .build
    }()

    /// The hybrid searcher with the default fusion parameters; `nil` without the model or content.
    static let searcher: HybridSearcher? = {
        guard let embedder, let build, let index = SearchTestContent.index else { return nil }
        return HybridSearcher(lexical: index, dense: build.index, embedder: embedder)
    }()
}
