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
    private let configuration: APIConfiguration
    /// The variant memos' counters, shared by every snapshot this serves, for `/metrics`.
    public let memoStatistics = MemoStatistics()
    /// Crisis assessments answered by search and signals, by level, for `/metrics`.
    public let signalCounts = CrisisSignalCounts()

    /// Renders `index` and starts serving it.
    public init(index: ContentIndex, configuration: APIConfiguration = APIConfiguration()) {
        self.configuration = configuration
        current = Mutex(
            RenderedContent(index: index, configuration: configuration, memoStatistics: memoStatistics, signalCounts: signalCounts))
    }

    /// Renders a new index beside the live one, then swaps it in; requests in flight keep the old one.
    public func replace(with index: ContentIndex) {
        let next = RenderedContent(index: index, configuration: configuration, memoStatistics: memoStatistics, signalCounts: signalCounts)
        current.withLock { $0 = next }
    }

    /// The content version being served (for `X-Content-Version` and logs).
    public var contentVersion: String { snapshot.contentVersion }

    /// The snapshot to answer one request from.
    package var snapshot: RenderedContent { current.withLock { $0 } }
}
