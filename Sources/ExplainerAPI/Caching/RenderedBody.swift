import HTTPCore

/// One representation of a resource, rendered once: its bytes, their ETag, and gzip bytes with
/// their own ETag when the body is big enough to be worth compressing.
///
/// Built when a snapshot is rendered (or on first use of a query variant) and then only read, so a
/// request that hits it copies nothing but one reference (a class, not a struct of a dozen arrays
/// and strings that would each be retained on every copy).
package final class RenderedBody: Sendable {
    /// The `Content-Type` to send, with its charset.
    package let contentType: String
    /// The uncompressed bytes.
    package let identity: [UInt8]
    /// gzip bytes, present only when `identity` is over the threshold.
    package let gzip: [UInt8]?
    /// `Link` header values that belong to this body (a list page's `rel="next"`).
    package let links: [String]
    /// Fields of the representation beyond type, tag and links, sent with a 200 (a page's
    /// `Content-Security-Policy`).
    package let extraFields: [HTTPHeaders.Field]
    /// Whether the bytes can never change at this URL (a hashed asset name), so caches may keep them
    /// for a year without asking again (`ResponseCaching` sends `immutable`).
    package let immutable: Bool
    /// When the content this body is made of last changed, in seconds since the epoch (the start of
    /// its newest day), or nil when no date is known: then no `Last-Modified` is sent and
    /// `If-Modified-Since` never answers 304.
    package let lastModified: Int?
    /// The prepared fields of the identity bytes, their strong ETag among them.
    package let identityFields: RepresentationFields
    /// The prepared fields of the gzip bytes, when there are some; their ETag differs from the
    /// identity one because the bytes do.
    package let gzipFields: RepresentationFields?

    /// Renders a body and, above `gzipThreshold` bytes, its gzip form.
    package init(
        contentType: String, bytes: [UInt8], gzipThreshold: Int, links: [String] = [], lastModified: Int? = nil,
        extraFields: [HTTPHeaders.Field] = [], immutable: Bool = false
    ) {
        self.contentType = contentType
        self.links = links
        self.lastModified = lastModified
        self.extraFields = extraFields
        self.immutable = immutable
        identity = bytes
        let link = Self.linkValue(links)
        identityFields = RepresentationFields(
            contentType: contentType, tag: EntityTag.strong(for: bytes), contentEncoding: nil, link: link, lastModified: lastModified,
            extra: extraFields)
        if bytes.count > gzipThreshold, let compressed = Gzip.compress(bytes) {
            gzip = compressed
            gzipFields = RepresentationFields(
                contentType: contentType, tag: EntityTag.strong(for: compressed), contentEncoding: "gzip", link: link,
                lastModified: lastModified, extra: extraFields)
        } else {
            gzip = nil
            gzipFields = nil
        }
    }

    /// The `Link` value every response for this body carries: its own links, then the support pointer
    /// (RFC 8288 `rel="help"`) that every content response has.
    package static func linkValue(_ links: [String]) -> String {
        (links + [APIEnvelope.helpLink]).joined(separator: ", ")
    }

    /// A JSON body from a document tree.
    package convenience init(
        json: JSONDocument, pretty: Bool = false, gzipThreshold: Int, links: [String] = [], lastModified: Int? = nil
    ) {
        self.init(
            contentType: JSONDocument.contentType, bytes: json.encoded(pretty: pretty), gzipThreshold: gzipThreshold,
            links: links, lastModified: lastModified)
    }
}
