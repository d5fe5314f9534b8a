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
    /// Fields of the body's own beyond its type and validators (an HTML page's CSP), usually none.
    package let extraFields: [HTTPHeaders.Field]
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
    ///
    /// - Parameter fields: fields of the body's own that a 200 carries beside its type, such as an
    ///   HTML page's `Content-Security-Policy`; prepared once with the rest.
    package init(
        contentType: String, bytes: [UInt8], gzipThreshold: Int, links: [String] = [], lastModified: Int? = nil,
        fields: [HTTPHeaders.Field] = []
    ) {
        self.contentType = contentType
        self.links = links
        self.lastModified = lastModified
        extraFields = fields
        identity = bytes
        let link = Self.linkValue(links)
        identityFields = RepresentationFields(
            contentType: contentType, tag: EntityTag.strong(for: bytes), contentEncoding: nil, link: link,
            lastModified: lastModified, extra: fields)
        if bytes.count > gzipThreshold, let compressed = Gzip.compress(bytes) {
            gzip = compressed
            gzipFields = RepresentationFields(
                contentType: contentType, tag: EntityTag.strong(for: compressed), contentEncoding: "gzip", link: link,
                lastModified: lastModified, extra: fields)
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
