import ExplainerAPI
import ExplainerContent
import Foundation
import SentenceEmbedding

/// `explainer-server index DIR`: embeds every search document of a content folder and writes the
/// vectors into it (`vectors.bin`, `VectorFile`), so a server started from a read-only copy embeds nothing.
///
/// Vectors already stored for the same model and text are kept, so a second run after a small edit
/// embeds only what changed. The file is written beside itself and renamed into place, so a reader
/// never sees half of it. Exit 0 when written, 2 when the content does not load, 1 when the model does
/// not load or the file cannot be written.
enum VectorIndexing {
    /// Runs the command, printing one line of what it did (or the problem) and returning the exit status.
    static func run(directory: String, modelDirectory: String) -> Int32 {
        let content: ContentIndex
        switch ContentLoader.load(directory: directory) {
        case .success(let loaded): content = loaded
        case .failure(let report):
            FileHandle.standardError.write(Data("\(report)\n".utf8))
            return 2
        }
        let encoder: SentenceEncoder
        do {
            encoder = try SentenceEncoder(modelDirectory: modelDirectory)
        } catch {
            FileHandle.standardError.write(Data("index: \(error)\n".utf8))
            return 1
        }
        let documents = SearchIndex.documents(for: content)
        let start = ContinuousClock.now
        let (build, problem) = DenseIndexBuild.load(
            contentDirectory: directory, documents: documents, embedder: EncoderEmbedding(encoder: encoder))
        let elapsed = ContinuousClock.now - start
        // An unusable file is replaced, not fatal: every vector was embedded again.
        if let problem { FileHandle.standardError.write(Data("index: replacing \(problem)\n".utf8)) }
        let url = URL(fileURLWithPath: directory).appendingPathComponent(VectorFile.fileName)
        do {
            try Data(build.file.encoded()).write(to: url, options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("index: cannot write \(url.path): \(error)\n".utf8))
            return 1
        }
        print(
            "index: \(documents.count) documents, \(build.entries.count) texts, \(build.textSHA256.count) distinct: "
                + "\(build.embedded) embedded, \(build.reused) reused in \(elapsed), "
                + "model \(encoder.modelSHA256.prefix(12)) → \(url.path)")
        return 0
    }
}
