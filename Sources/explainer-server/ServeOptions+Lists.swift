import HTTPCore

extension ServeOptions {
    /// The most entries a list option (`--cors-origins`, `--trust-proxy`) may have.
    static let maxListEntries = 4_096

    /// A comma-separated list: entries trimmed, empty entries refused, so `a,,b` and `""` are usage errors
    /// rather than silently shorter lists.
    static func list(_ text: String, option: String) throws(UsageError) -> [String] {
        let entries = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingASCIIWhitespace() }
        guard !entries.isEmpty, !entries.contains(where: \.isEmpty) else {
            throw UsageError("--\(option) must be a comma-separated list with no empty entries, not \"\(text)\"")
        }
        guard entries.count <= maxListEntries else { throw UsageError("--\(option) takes at most \(maxListEntries) entries") }
        return entries
    }

    /// `--trust-proxy`: every entry an IP address or CIDR block, parsed once here at start.
    static func proxies(_ text: String) throws(UsageError) -> [CIDRBlock] {
        var blocks: [CIDRBlock] = []
        for entry in try list(text, option: "trust-proxy") {
            guard let block = CIDRBlock(entry) else {
                throw UsageError("--trust-proxy: \(entry) is not an IP address or CIDR block")
            }
            blocks.append(block)
        }
        return blocks
    }

    /// `--cors-origins` (or `--mcp-origins`): every entry an origin as a browser sends it,
    /// `scheme://host[:port]`, with no path, query, user or trailing slash (an `Origin` header never has
    /// one, so such an entry could never match).
    static func origins(_ text: String, option: String = "cors-origins") throws(UsageError) -> [String] {
        let entries = try list(text, option: option)
        for entry in entries where !isOrigin(entry) {
            throw UsageError("--\(option): \(entry) is not an origin (scheme://host[:port], no path)")
        }
        return entries
    }

    /// `--frame-ancestors`: `*`, `'self'` and origins, or `'none'` alone; each becomes a source of the
    /// embed page's CSP `frame-ancestors`, so nothing else (no `;`, no space) may get into that header.
    static func frameAncestors(_ text: String) throws(UsageError) -> [String] {
        let entries = try list(text, option: "frame-ancestors")
        for entry in entries where !(["*", "'self'", "'none'"].contains(entry) || isOrigin(entry)) {
            throw UsageError("--frame-ancestors: \(entry) is not *, 'self', 'none' or an origin (scheme://host[:port])")
        }
        if entries.contains("'none'"), entries.count > 1 { throw UsageError("--frame-ancestors: 'none' cannot be combined with others") }
        return entries
    }

    /// `--public-url`: `http` or `https`, an origin as `--cors-origins` reads it, then an optional path of
    /// plain segments; no query, fragment or user. One trailing slash is dropped, so `base + "/v1/..."` joins.
    static func publicURL(_ text: String) throws(UsageError) -> String {
        var url = Substring(text)
        if url.hasSuffix("/") { url = url.dropLast() }
        let problem = UsageError(
            "--public-url: \(text) is not a base URL (http or https://host[:port][/path], no query, fragment or user)")
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), url.utf8.count <= 2_048 else { throw problem }
        let afterScheme = url.range(of: "://")!.upperBound
        let pathStart = url[afterScheme...].firstIndex(of: "/") ?? url.endIndex
        guard isOrigin(String(url[..<pathStart])) else { throw problem }
        let path = url[pathStart...]
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/%")
        guard path.allSatisfy({ allowed.contains($0) }), !path.contains("//") else { throw problem }
        return String(url)
    }

    /// Whether `text` is `scheme://host[:port]`: a scheme of letters, digits, `+`, `-`, `.` starting with a
    /// letter; a host of letters, digits, `-`, `.` (or a bracketed IPv6 literal); a port from 1 to 65535.
    static func isOrigin(_ text: String) -> Bool {
        guard let separator = text.range(of: "://") else { return false }
        let scheme = text[..<separator.lowerBound]
        var rest = text[separator.upperBound...]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        let host: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return false }
            let literal = rest[rest.index(after: rest.startIndex)..<close]
            guard literal.contains(":"), IPAddress(literal) != nil else { return false }
            host = rest[...close]
            rest = rest[rest.index(after: close)...]
        } else {
            let end = rest.firstIndex(of: ":") ?? rest.endIndex
            host = rest[..<end]
            rest = rest[end...]
            guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.".contains($0)) }) else {
                return false
            }
        }
        guard !host.isEmpty else { return false }
        if rest.isEmpty { return true }
        guard rest.first == ":" else { return false }
        return NumericOption.originPort.parse(String(rest.dropFirst())) != nil
    }
}
