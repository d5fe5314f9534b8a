import HTTPCore

/// The fields that one stored representation of a body sends with a 200 and with a 304, prepared once.
///
/// `Content-Type`, `Content-Encoding`, the `ETag`, `Last-Modified` and the body's `Link` values depend
/// only on the bytes and the content they came from, so they are checked and serialized when the body
/// is rendered rather than on every request. A 304 repeats what a cache needs to update its copy
/// (`ETag`, `Last-Modified`, `Link`) but not the body's type, as RFC 9110 §15.4.5 describes.
package struct RepresentationFields: Sendable {
    /// The representation's strong `ETag`, to compare with `If-None-Match`.
    package let tag: String
    /// The fields of a 200 that sends these bytes.
    package let ok: FieldBlock
    /// The fields of a 304 that confirms them.
    package let notModified: FieldBlock

    /// The fields of a representation with this type, tag and coding (nil: identity), these links,
    /// `Last-Modified` at `lastModified` seconds since the epoch (nil: not sent), and `extra` fields
    /// that only a 200 carries (a page's `Content-Security-Policy`).
    package init(
        contentType: String, tag: String, contentEncoding: String?, link: String, lastModified: Int?, extra: [HTTPHeaders.Field] = []
    ) {
        self.tag = tag
        var validators: [HTTPHeaders.Field] = [("Link", link), ("ETag", tag)]
        if let lastModified { validators.append(("Last-Modified", HTTPTimestamp.imfFixdate(lastModified))) }
        var content: [HTTPHeaders.Field] = [("Content-Type", contentType)]
        if let contentEncoding { content.append(("Content-Encoding", contentEncoding)) }
        ok = FieldBlock(validators + content + extra)
        notModified = FieldBlock(validators)
    }
}
