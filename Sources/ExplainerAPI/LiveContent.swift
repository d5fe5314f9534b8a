import ExplainerContent
import Synchronization

/// The snapshot being served, swappable as a whole: what a content reload replaces.
///
/// Each request takes the current snapshot once and answers entirely from it, so a reload that
/// lands mid-request never mixes versions within one response; the old snapshot lives until the
/// last request holding it finishes. Rendering happens before the lock is taken, so the swap itself
/// is a pointer exchange and requests never wait on a render.
public final class LiveContent: Sendable {
    private let current: Mutex<RenderedContent>
    /// Called after each swap with the old and the new snapshot (`onReplace`).
    private let observers = Mutex<[@Sendable (RenderedContent, RenderedContent) -> Void]>([])
    private let configuration: APIConfiguration
    /// The model and query workers, shared by every snapshot.
    public let semantic: SemanticSearch
    /// What building the first snapshot's dense index did; nil without a model.
    public let startVectors: DenseVectorsReport?
    /// The variant memos' counters, shared by every snapshot this serves, for `/metrics`.
    public let memoStatistics = MemoStatistics()
    /// Crisis assessments answered by search and signals, by level, for `/metrics`.
    public let signalCounts = CrisisSignalCounts()

    /// Builds `index`'s dense vectors (with a model), renders it and starts serving it.
    public init(index: ContentIndex, configuration: APIConfiguration = APIConfiguration(), semantic: SemanticSearch = .lexicalOnly) {
        self.configuration = configuration
        self.semantic = semantic
        let dense = semantic.denseIndex(for: SearchIndex.documents(for: index))
        startVectors = dense?.report
        current = Mutex(
            RenderedContent(
                index: index, configuration: configuration, memoStatistics: memoStatistics, signalCounts: signalCounts,
                semantic: semantic, dense: dense?.index))
    }

    /// Builds the new index's dense vectors and renders it beside the live one, then swaps it in;
    /// requests in flight keep the old one. Runs on the caller's thread (the reload thread), so a
    /// swapped-in snapshot always has its vectors. Returns what the vector build did (nil without a model).
    @discardableResult
    public func replace(with index: ContentIndex) -> DenseVectorsReport? {
        let dense = semantic.denseIndex(for: SearchIndex.documents(for: index))
        let next = RenderedContent(
            index: index, configuration: configuration, memoStatistics: memoStatistics, signalCounts: signalCounts,
            semantic: semantic, dense: dense?.index)
        let old = current.withLock { current in
            defer { current = next }
            return current
        }
        for observer in observers.withLock({ $0 }) { observer(old, next) }
        return dense?.report
    }

    /// Calls `observer` on the reloading thread after every swap, with the old and the new snapshot:
    /// how the MCP transports learn that the resource list changed.
    package func onReplace(_ observer: @escaping @Sendable (RenderedContent, RenderedContent) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// The content version being served (for `X-Content-Version` and logs).
    public var contentVersion: String { snapshot.contentVersion }

    /// The snapshot to answer one request from.
    package var snapshot: RenderedContent { current.withLock { $0 } }
}
