import Dispatch
import ExplainerContent
import Foundation
import HTTPCore
import SentenceEmbedding
import Synchronization

/// What hybrid and semantic search need beyond the content: the sentence-embedding model, where the
/// stored vectors live, and the worker pool that embeds queries off the event loop.
///
/// Made once at start-up and shared by every snapshot. Without a model (`lexicalOnly`) every search
/// is lexical and says `model-missing`; there is no pool then.
public final class SemanticSearch: Sendable {
    /// The model, or nil when it did not load.
    public let embedding: (any TextEmbedding)?
    /// The model's name as `/readyz` shows it (its folder's name, `all-MiniLM-L6-v2`).
    public let modelName: String?
    /// Why there is no model (the load error, for the start-up log); nil when there is one.
    public let missingReason: String?
    /// The content folder whose `vectors.bin` is read on start and on every reload; nil embeds everything.
    public let contentDirectory: String?
    /// The threads that embed queries; nil without a model.
    let pool: WorkerPool?
    /// Recent query vectors by keyed hash of client and query, so a repeated query skips the model.
    let queryVectors: QueryVectorCache
    /// Up to how many (document, text) pairs a search whose query vector is cached is answered on the
    /// event loop (`HybridSearcher.densePairCount`); past it the scan goes to the pool like a new
    /// query. At 1000× content a cached query's scan and fusion take 13 ms of CPU, and on the loop
    /// that held `/healthz` to a p99 of 12 ms (`bench/README.md`, "Start-up at scale").
    let loopScanLimit: Int
    /// The crisis detector's model layer once its exemplars are embedded; until then, and without a
    /// model or a readable bank, nil, and the rules answer alone.
    public var crisisModel: CrisisExemplarSimilarity? { crisisModelLoad?.model }
    /// Why the exemplar bank was not read (for the start-up log); nil when it was, or with no folder.
    public let crisisModelProblem: String?
    /// The exemplars the model layer embeds (0 without a bank).
    public let crisisExemplarCount: Int
    /// The exemplars' embedding, shared by every search of the process with this model and bank.
    private let crisisModelLoad: CrisisModelLoad?

    /// How far below the event loops the search workers run (`WorkerPool.niceIncrement`): with two
    /// workers on two cores a busy forward pass otherwise holds the core a loop wakes up for.
    static let workerNiceIncrement: Int32 = 10

    /// The default `loopScanLimit`: about 0.6 ms of scan, 18 times the real content's pairs.
    public static let defaultLoopScanLimit = 20_000

    /// Searches with `embedding`, its queries embedded on `workers` threads (at least 1) with at most
    /// `queueLimit` waiting (default 64); past that a query is answered lexically at once. A query
    /// whose vector is cached is answered on the loop while the content has at most `loopScanLimit`
    /// (document, text) pairs, and on the pool past that.
    public init(
        embedding: any TextEmbedding, modelName: String, contentDirectory: String?, workers: Int = 2, queueLimit: Int = 64,
        queryVectors: Int = 1_024, loopScanLimit: Int = SemanticSearch.defaultLoopScanLimit
    ) {
        self.queryVectors = QueryVectorCache(capacity: queryVectors)
        self.loopScanLimit = loopScanLimit
        self.embedding = embedding
        self.modelName = modelName
        self.missingReason = nil
        self.contentDirectory = contentDirectory
        pool = WorkerPool(threads: workers, queueLimit: queueLimit, name: "search-worker", niceIncrement: Self.workerNiceIncrement)
        var bank: CrisisExemplarBank?
        var problem: String?
        if let contentDirectory {
            do {
                bank = try CrisisExemplarBank.load(path: contentDirectory + "/" + Self.exemplarFile)
            } catch {
                problem = error.description
            }
        }
        crisisModelProblem = problem
        crisisExemplarCount = bank?.exemplars.count ?? 0
        // Embedding the bank is one forward pass per exemplar (seconds in release, far longer in debug): it runs
        // beside start-up, once per process, and the rules answer alone until it is done.
        crisisModelLoad = bank.map { CrisisModelLoad.shared(bank: $0, embedding: embedding, modelName: modelName) }
    }

    /// Waits up to `seconds` for the crisis model layer's exemplars to be embedded; whether they are
    /// (false at once without a model or a bank). For tests and tools; the server never waits on it.
    public func awaitCrisisModel(seconds: Double) -> Bool {
        crisisModelLoad?.wait(seconds: seconds) ?? false
    }

    /// The exemplar bank's file in the content folder.
    public static let exemplarFile = "crisis-exemplars.json"

    /// No model: every search is lexical, and hybrid or semantic requests say `model-missing`.
    public init(missingReason: String) {
        queryVectors = QueryVectorCache(capacity: 0)
        loopScanLimit = 0
        embedding = nil
        modelName = nil
        self.missingReason = missingReason
        contentDirectory = nil
        pool = nil
        crisisModelProblem = nil
        crisisExemplarCount = 0
        crisisModelLoad = nil
    }

    /// Lexical search only, for tests and tools that never load a model.
    public static var lexicalOnly: SemanticSearch { SemanticSearch(missingReason: "no model configured") }

    /// What `/readyz` says of search: `hybrid` with the model's name and SHA-256 and the OpenBLAS
    /// kernel its matrix products run on (`SentenceEncoder.blasCoreName`: a `Prescott` here means an
    /// old, slow kernel), or `lexical-only` with the reason `model-missing`. The load error itself
    /// (paths on this host) goes to the operator's log only, never into a response.
    var readiness: JSONDocument {
        guard let embedding else {
            return .object([("mode", .string("lexical-only")), ("reason", .string(SearchFallback.modelMissing.rawValue))])
        }
        return .object([
            ("mode", .string("hybrid")), ("model", .string(modelName ?? "")), ("model_sha256", .string(embedding.modelID)),
            ("blas_kernel", .string(SentenceEncoder.blasCoreName)),
        ])
    }

    /// Stops the pool (queued queries finish, new ones are answered lexically) and the crisis
    /// exemplars' embedding, if it still runs.
    public func shutdown() {
        pool?.shutdown()
        crisisModelLoad?.stop()
    }

    /// The dense index for `documents`: the stored vectors that still match, the model for the rest.
    /// Nil without a model. Runs the model, so call it off the event loop (start-up, reload thread).
    func denseIndex(for documents: [SearchDocument]) -> (index: DenseIndex, report: DenseVectorsReport)? {
        guard let embedding else { return nil }
        let (build, problem) =
            if let contentDirectory {
                DenseIndexBuild.load(contentDirectory: contentDirectory, documents: documents, embedder: embedding)
            } else {
                (DenseIndexBuild(documents: documents, embedder: embedding, stored: nil), nil)
            }
        return (
            build.index,
            DenseVectorsReport(
                reused: build.reused, embedded: build.embedded, storedProblem: problem.map { "\($0)" }, modelID: embedding.modelID)
        )
    }
}
