import ExplainerContent
import Foundation
import HTTPCore

/// One content version, rendered: every resource's body at its default options, pre-built when the
/// snapshot is made, plus a bounded memo of query variants rendered on first use. Search and signals
/// answers are rendered per request and never memoised: they hold what someone typed.
///
/// A snapshot never changes what it serves; a reload makes a new one and `LiveContent` swaps it in,
/// while requests already holding the old one finish with it. Handlers are in `RenderedContent+Routes`.
package final class RenderedContent: Sendable {
    /// The content this snapshot serves.
    package let index: ContentIndex
    /// Renders any resource of `index`; used at start-up and for variants on first use.
    package let renderer: SnapshotRenderer
    /// The API configuration the snapshot was rendered with.
    package let configuration: APIConfiguration
    /// Turns a body into a response with this snapshot's caching headers.
    package let caching: ResponseCaching
    /// The full-text index over this version's passages, claims and terms.
    package let search: SearchIndex
    /// BM25F and this version's dense vectors fused (lexical alone without a model).
    package let hybrid: HybridSearcher
    /// The model and the worker pool hybrid and semantic queries run on, shared by every snapshot.
    package let semantic: SemanticSearch
    /// Where search and signals count the levels they answered.
    package let signalCounts: CrisisSignalCounts
    /// Bodies at default options, by resource and representation; complete after `init`.
    private let canonical: [BodyKey: RenderedBody]
    /// Query variants rendered so far, by resource, representation and canonical query, within
    /// `variantMemoBytes`.
    private let variants: ByteBoundedMemo<BodyKey, RenderedBody>

    /// Renders every resource of `index` at its default options; each body's `Last-Modified` comes
    /// from the dates of the content it is made of (`Resource.dateModified`).
    /// The variant memo counts into `memoStatistics`, and search and signals into `signalCounts`; both
    /// outlive the snapshot. `dense` is this version's vectors (`SemanticSearch.denseIndex`), made
    /// before the snapshot so a snapshot never serves without them.
    package init(
        index: ContentIndex, configuration: APIConfiguration, memoStatistics: MemoStatistics = MemoStatistics(),
        signalCounts: CrisisSignalCounts = CrisisSignalCounts(), semantic: SemanticSearch = .lexicalOnly, dense: DenseIndex? = nil
    ) {
        self.index = index
        self.configuration = configuration
        self.signalCounts = signalCounts
        let search = SearchIndex(content: index)
        self.search = search
        self.semantic = semantic
        hybrid = HybridSearcher(lexical: search, dense: dense, embedder: semantic.embedding)
        renderer = SnapshotRenderer(
            resources: ResourceRenderer(index: index, problemTypeBase: configuration.problemTypeBase), search: search,
            gzipThreshold: configuration.gzipThreshold, apiVersion: configuration.apiVersion, configuration: configuration,
            pages: PageRenderer(index: index, configuration: configuration),
            structuredData: StructuredData(index: index, configuration: configuration))
        caching = ResponseCaching(
            cacheControl: configuration.cacheControl, privateCacheControl: configuration.privateCacheControl,
            contentVersion: index.contentVersion)
        variants = ByteBoundedMemo(budget: configuration.variantMemoBytes, statistics: memoStatistics)
        canonical = renderer.prerender()
    }

    /// The content version this snapshot serves.
    package var contentVersion: String { index.contentVersion }

    /// The body of a resource's representation for the variant key of its validated options
    /// (`QueryOptions.variantKey`): pre-rendered, memoised, or rendered now and memoised.
    ///
    /// `render` is only called on a miss. The memo is bounded in bytes, not entries: a variant costs
    /// the capacity of its identity and gzip arrays plus `variantOverheadBytes`, and the oldest are evicted to make room,
    /// so clients that vary parameters endlessly cost re-renders, never memory.
    package func body(
        _ resource: Resource, _ representation: Representation = .document, variant: String,
        render: () throws(HTTPError) -> RenderedBody
    ) throws(HTTPError) -> RenderedBody {
        let key = BodyKey(resource, representation, variant)
        if let body = canonical[key] { return body }
        if let body = variants.value(for: key) { return body }
        let body = try render()
        // Capacity, not count: an encoder's buffer grows by doubling, so up to half of it can be slack.
        let cost = body.identity.capacity + (body.gzip?.capacity ?? 0) + key.variant.utf8.count + Self.variantOverheadBytes
        variants.insert(body, for: key, cost: cost)
        return body
    }

    /// What a memoised variant keeps alive beyond its body bytes: the `RenderedBody` object, its two
    /// prepared field blocks (ETag, Content-Type, Link), the key's strings and the table slot. Measured
    /// as RSS growth per variant minus body bytes (bench/memory), rounded up.
    static let variantOverheadBytes = 2_048

    /// How many bodies were pre-rendered, for tests and start-up logs.
    package var prerenderedCount: Int { canonical.count }
}
