import ExplainerContent
import Foundation
import HTTPCore
import Synchronization

/// One content version, rendered: every resource's body at its default options, pre-built when the
/// snapshot is made, plus a bounded memo of query variants rendered on first use.
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
    /// Bodies at default options, by resource and representation; complete after `init`.
    private let canonical: [BodyKey: RenderedBody]
    /// Query variants rendered so far, by resource, representation and canonical query.
    private let variants: Mutex<[BodyKey: RenderedBody]>

    /// Renders every resource of `index` at its default options; `Last-Modified` is the index's load time.
    package init(index: ContentIndex, configuration: APIConfiguration) {
        let loadedAt = Int(index.loadedAt.timeIntervalSince1970)
        self.index = index
        self.configuration = configuration
        let search = SearchIndex(content: index)
        self.search = search
        renderer = SnapshotRenderer(
            resources: ResourceRenderer(index: index, loadedAt: loadedAt), search: search,
            gzipThreshold: configuration.gzipThreshold, apiVersion: configuration.apiVersion)
        caching = ResponseCaching(
            cacheControl: configuration.cacheControl, lastModified: loadedAt, contentVersion: index.contentVersion)
        variants = Mutex([:])
        canonical = renderer.prerender()
    }

    /// The content version this snapshot serves.
    package var contentVersion: String { index.contentVersion }

    /// The body of a resource's representation for the variant key of its validated options
    /// (`QueryOptions.variantKey`): pre-rendered, memoised, or rendered now and memoised.
    ///
    /// `render` is only called on a miss. When the memo is full it starts over rather than track
    /// recency: variants are cheap to re-render and the bound only guards memory against clients
    /// that vary parameters endlessly.
    package func body(
        _ resource: Resource, _ representation: Representation = .document, variant: String,
        render: () throws(HTTPError) -> RenderedBody
    ) throws(HTTPError) -> RenderedBody {
        let key = BodyKey(resource, representation, variant)
        if let body = canonical[key] { return body }
        if let body = variants.withLock({ $0[key] }) { return body }
        let body = try render()
        variants.withLock { memo in
            if memo.count >= configuration.variantCacheLimit { memo.removeAll(keepingCapacity: true) }
            memo[key] = body
        }
        return body
    }

    /// How many bodies were pre-rendered, for tests and start-up logs.
    package var prerenderedCount: Int { canonical.count }
}
