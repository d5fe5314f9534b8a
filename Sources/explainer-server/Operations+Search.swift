import ExplainerAPI
import Foundation
import HTTPCore
import SentenceEmbedding

extension Operations {
    /// The sentence-embedding model from `--model`, with its query workers; lexical search when it
    /// does not load (never fatal: the reason goes to `/readyz` and to `logSearch`).
    func loadSemanticSearch() -> SemanticSearch {
        do {
            let embedding = try EncoderEmbedding.load(modelDirectory: options.model)
            let name = URL(fileURLWithPath: options.model).standardizedFileURL.lastPathComponent
            return SemanticSearch(
                embedding: embedding, modelName: name, contentDirectory: options.content, workers: options.searchWorkers)
        } catch {
            return SemanticSearch(missingReason: error.description)
        }
    }

    /// Logs how search runs at start-up: `model.missing` (a warning) or `search.hybrid`, and
    /// `vectors.stale` when stored vectors had to be embedded again (`DenseVectorsReport`), and whether
    /// crisis signals have their model layer (`crisis.model`) or the rules alone (`crisis.model-missing`).
    func logSearch(_ live: LiveContent) {
        let semantic = live.semantic
        guard let embedding = semantic.embedding else {
            log.warn(
                "model.missing", "No sentence-embedding model: search is lexical only.",
                [("model", .string(options.model)), ("reason", .string(semantic.missingReason ?? ""))])
            return
        }
        log.info(
            "search.hybrid", "Hybrid search on.",
            [
                ("model", .string(options.model)), ("model_sha256", .string(embedding.modelID)), ("workers", .int(options.searchWorkers)),
                ("blas_kernel", .string(SentenceEncoder.blasCoreName)),
            ])
        live.startVectors?.logIfStale(to: log)
        if semantic.crisisExemplarCount > 0 {
            log.info(
                "crisis.model", "Crisis signals use the model layer once its exemplars are embedded (the rules alone until then).",
                [("exemplars", .int(semantic.crisisExemplarCount))])
        } else {
            log.warn(
                "crisis.model-missing", "No crisis exemplar bank: crisis signals use the rules alone.",
                [("reason", .string(semantic.crisisModelProblem ?? "no content folder"))])
        }
    }
}
