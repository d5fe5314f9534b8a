import HTTPCore

/// `/embed/v1.js`, the embed script, embedded in the binary as written (`embed-v1.js`, no build
/// step), and `/embed.js`, the unversioned address that redirects to it.
///
/// A partner who pins `v1.js` gets only compatible changes; one who loads `embed.js` follows the
/// redirect to whatever version is current. The script finds the API from its own URL
/// (`import.meta.url`), so the bytes are the same under any `--public-url` and are served once for all.
package enum EmbedScript {
    /// The `Content-Type` of a JavaScript module (RFC 9239).
    package static let contentType = "text/javascript; charset=utf-8"

    /// The script's bytes, as SwiftPM embedded them.
    package static let bytes: [UInt8] = PackageResources.embed_v1_js

    /// The path of the current version: where `/embed.js` points.
    package static let currentPath = Resource.embedScript.path

    /// How long a cache may keep the redirect, in seconds: short, so a new version is picked up the
    /// same day, and independent of the content's `--cache-max-age`.
    package static let redirectMaxAge = 3_600

    /// Where `/embed.js` points: under `--public-url` the absolute URL of the current version (so a
    /// public URL with a path holds), else the path alone, which the client resolves against the URL
    /// it asked (RFC 9110 §10.2.2). Never built from the request's `Host`.
    package static func location(_ configuration: APIConfiguration) -> String {
        configuration.publicURL == nil ? currentPath : configuration.absoluteURL(currentPath)
    }

    /// The redirect `/embed.js` answers with: `302 Found` to the current version at `location`.
    package static func redirect(to location: String, contentVersion: String) -> Response {
        var headers = HTTPHeaders()
        headers.set("Location", location)
        headers.set("Cache-Control", "max-age=\(redirectMaxAge)")
        headers.set("Content-Type", "text/plain; charset=utf-8")
        headers.set("X-Content-Version", contentVersion)
        return Response(status: HTTPStatus(302, "Found"), headers: headers, body: Array("See \(currentPath)\n".utf8))
    }
}
