import ExplainerContent
import Synchronization

/// The real model, with each distinct text embedded once per process: the relevance tests ask for the
/// same query in three modes and several suites, and a debug-build forward pass is slow.
final class MemoizedEmbedding: TextEmbedding {
    private let base: any TextEmbedding
    private let memo = Mutex<[String: [Float]]>([:])

    init(_ base: any TextEmbedding) { self.base = base }

    func embed(_ text: String) -> [Float] {
        if let known = memo.withLock({ $0[text] }) { return known }
        let vector = base.embed(text)
        memo.withLock { $0[text] = vector }
        return vector
    }

    var modelID: String { base.modelID }
    var dimension: Int { base.dimension }
}
