import Dispatch
import ExplainerContent
import Foundation
import Synchronization

/// The crisis model layer's exemplars, embedded once per process for one model and one bank, on a
/// thread of its own, whatever number of `SemanticSearch` values ask for them.
///
/// Embedding a bank is one forward pass per exemplar (seconds in release, far longer in debug); a
/// process that made several searches (tests, a reload that keeps the model) used to start that
/// work once each, and a test process ran dozens of such threads at once. Now the first asker starts
/// it and every later one shares the result.
final class CrisisModelLoad: Sendable {
    /// The model layer once embedded; nil until then.
    var model: CrisisExemplarSimilarity? { slot.withLock { $0 } }
    private let slot = Mutex<CrisisExemplarSimilarity?>(nil)
    private let loading = DispatchGroup()
    /// Set by `stop`; the loading thread asks it before each exemplar.
    private let stopped = Mutex(false)
    /// This load's key in `loads`.
    private let key: String

    private init(key: String) { self.key = key }

    /// Loads by model and bank, for the process's lifetime (a handful at most: one per bank file read).
    private static let loads = Mutex<[String: CrisisModelLoad]>([:])

    /// The load of `bank` with `embedding`, started on first use.
    static func shared(bank: CrisisExemplarBank, embedding: any TextEmbedding, modelName: String) -> CrisisModelLoad {
        let exemplars = bank.exemplars.map { "\($0.id)\u{1}\($0.level)\u{1}\($0.text)" }
        let key = ([embedding.modelID, modelName] + exemplars).joined(separator: "\u{0}")
        let (load, isNew) = loads.withLock { loads -> (CrisisModelLoad, Bool) in
            if let known = loads[key] { return (known, false) }
            let load = CrisisModelLoad(key: key)
            loads[key] = load
            return (load, true)
        }
        if isNew { load.start(bank: bank, embedding: embedding, modelName: modelName) }
        return load
    }

    private func start(bank: CrisisExemplarBank, embedding: any TextEmbedding, modelName: String) {
        loading.enter()
        let thread = Thread { [self] in
            let model = CrisisExemplarSimilarity(
                bank: bank, embedder: embedding, modelName: modelName, stopped: { stopped.withLock { $0 } })
            slot.withLock { $0 = model }
            loading.leave()
        }
        thread.name = "crisis-exemplars"
        thread.start()
    }

    /// Stops the loading thread before its next exemplar and waits for the forward pass in flight (at
    /// most 5 s), so a process that exits next does not exit inside OpenBLAS (a SIGTERM during start-up
    /// used to end in signal 11). A later asker starts a new load.
    func stop() {
        stopped.withLock { $0 = true }
        Self.loads.withLock { loads in
            if loads[key] === self { loads[key] = nil }
        }
        _ = loading.wait(timeout: .now() + 5)
    }

    /// Waits up to `seconds` for the exemplars; whether they are embedded.
    func wait(seconds: Double) -> Bool {
        _ = loading.wait(timeout: .now() + seconds)
        return model != nil
    }
}
