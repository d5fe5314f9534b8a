import HTTPCore

/// Cross-origin rules for browser pages that read the API (the Fetch standard's CORS protocol).
///
/// The API is public and answers no credentials, so by default any origin may read it (`*`);
/// an operator can narrow that to an allow-list, in which case the matching origin is echoed and
/// `Vary: Origin` keeps caches from serving one origin's answer to another.
package struct CORSPolicy: Sendable {
    /// nil: any origin; else the exact origins allowed.
    package let allowedOrigins: [String]?
    /// `Access-Control-Max-Age` for preflights, in seconds.
    package let maxAge: Int

    /// Request headers a page may send beyond the CORS-safelisted ones; `content-type` for the JSON
    /// body of `POST /v1/signals` and `/mcp` (`application/json` is not a safelisted type, hence the
    /// preflight), and the MCP transport's `mcp-protocol-version`, `mcp-method` and `mcp-name` (a
    /// 2026-07-28 request must send them; `/mcp` still refuses an origin outside `--mcp-origins`) and
    /// `mcp-session-id` (a handshake-era session).
    package static let allowedHeaders = [
        "accept", "accept-language", "content-type", "if-none-match", "if-modified-since", "x-request-id",
        "mcp-protocol-version", "mcp-method", "mcp-name", "mcp-session-id",
    ]
    /// Response headers a page's script may read beyond the safelisted ones.
    /// What a browser script may read: the validators and links, the request id and version, and the
    /// rate limit's `Retry-After`, `RateLimit` and `RateLimit-Policy` (so a page can back off), and the
    /// MCP session an `initialize` minted (`Mcp-Session-Id`), which a browser MCP client sends back.
    package static let exposedHeaders =
        "ETag, Link, X-Request-Id, X-Content-Version, Retry-After, RateLimit, RateLimit-Policy, Mcp-Session-Id"

    /// A policy from the configuration's `corsOrigins` (nil: any origin) and preflight max-age in seconds.
    package init(allowedOrigins: [String]?, maxAge: Int) {
        self.allowedOrigins = allowedOrigins
        self.maxAge = maxAge
    }

    /// The `Access-Control-Allow-Origin` value for a request's `Origin`, or nil when not allowed.
    func allowOrigin(for origin: String?) -> String? {
        guard let allowedOrigins else { return "*" }
        guard let origin, allowedOrigins.contains(origin) else { return nil }
        return origin
    }

    /// The fields every actual response carries when any origin may read the API; prepared once.
    private static let anyOriginFields = FieldBlock([
        ("Access-Control-Allow-Origin", "*"), ("Access-Control-Expose-Headers", exposedHeaders),
    ])

    /// Whether an actual response depends on the request's `Origin`: only with a list of allowed
    /// origins (with any origin allowed, every response carries the same fields).
    package var readsOrigin: Bool { allowedOrigins != nil }

    /// Adds the CORS headers of an actual (non-preflight) response.
    package func apply(to response: inout Response, origin: String?) {
        guard allowedOrigins != nil else {
            // The answer does not depend on the request, so it needs neither `Origin` nor `Vary`.
            response.headers.append(Self.anyOriginFields)
            return
        }
        appendVary(&response.headers, "Origin")
        guard let allow = allowOrigin(for: origin) else { return }
        response.headers.set("Access-Control-Allow-Origin", allow)
        response.headers.set("Access-Control-Expose-Headers", Self.exposedHeaders)
    }

    /// Answers `OPTIONS`: 204 with `Allow`, and for a CORS preflight from an allowed origin asking for
    /// a method the route answers (one of `allow`, OPTIONS aside), the permissions and how long to
    /// cache them. A refused preflight still gets 204 but no permissions, which is how the browser
    /// learns the answer is no.
    package func preflight(_ request: Request, allow: String) -> Response {
        var headers: HTTPHeaders = ["Allow": allow, "Cache-Control": "no-store"]
        if allowedOrigins != nil { appendVary(&headers, "Origin") }
        let origin = request.headers["Origin"]
        if let method = request.headers["Access-Control-Request-Method"], let allowOrigin = allowOrigin(for: origin),
            allow.split(separator: ", ").contains(where: { $0 == method && $0 != "OPTIONS" })
        {
            let requested = request.headers.listElements("Access-Control-Request-Headers").map { $0.lowercased() }
            if requested.allSatisfy(Self.allowedHeaders.contains) {
                headers.set("Access-Control-Allow-Origin", allowOrigin)
                headers.set("Access-Control-Allow-Methods", allow)
                headers.set("Access-Control-Allow-Headers", Self.allowedHeaders.joined(separator: ", "))
                headers.set("Access-Control-Max-Age", String(maxAge))
            }
        }
        return Response(status: .noContent, headers: headers)
    }

    private func appendVary(_ headers: inout HTTPHeaders, _ name: String) {
        if let vary = headers["Vary"] {
            if !vary.lowercased().contains(name.lowercased()) { headers.set("Vary", vary + ", " + name) }
        } else {
            headers.set("Vary", name)
        }
    }
}
