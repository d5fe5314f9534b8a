import HTTPCore

/// The pages' one stylesheet, `explainer.css`, embedded by SwiftPM and served under a name made from
/// its bytes (`/assets/explainer-<hash>.css`), so it can be cached for a year: a changed stylesheet
/// is a new URL, and the pages that link it change with it.
///
/// A file of our own origin rather than inline CSS keeps the pages' policy at `style-src 'self'`
/// with no hash to keep in step.
package enum PageStylesheet {
    /// The CSS bytes, as SwiftPM embedded them.
    package static let bytes: [UInt8] = PackageResources.explainer_css

    /// `explainer-<16 hex digits>.css`: the FNV-1a hash of the bytes (the same one ETags use).
    package static let name: String = {
        let tag = EntityTag.strong(for: bytes)
        return "explainer-" + String(tag.dropFirst().prefix(16)) + ".css"
    }()

    /// The path the pages link.
    package static var path: String { Resource.stylesheet(name: name).path }

    /// The body, gzip-compressed once, marked immutable.
    package static func body(gzipThreshold: Int) -> RenderedBody {
        RenderedBody(
            contentType: "text/css; charset=utf-8", bytes: bytes, gzipThreshold: gzipThreshold,
            extraFields: [("X-Content-Type-Options", "nosniff")], immutable: true)
    }
}
