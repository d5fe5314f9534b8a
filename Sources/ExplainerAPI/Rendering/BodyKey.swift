/// Where a rendered body is kept: its path, its media type ("json" or a section body type) and its
/// query variant (`QueryOptions.variantKey`, empty at the defaults).
///
/// A struct of the parts rather than one joined string, so a request's look-up hashes them in place
/// and builds no string.
package struct BodyKey: Hashable, Sendable {
    package let path: String
    package let mediaType: String
    package let variant: String

    package init(_ path: String, mediaType: String, _ variant: String) {
        self.path = path
        self.mediaType = mediaType
        self.variant = variant
    }
}
