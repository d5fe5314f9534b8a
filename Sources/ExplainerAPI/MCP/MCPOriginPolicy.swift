/// Which browser origins may reach `/mcp`: the Streamable HTTP transport must refuse a foreign
/// `Origin` (403) so a web page cannot drive a local server through DNS rebinding.
///
/// A request without `Origin` (a native MCP host, curl) is allowed. By default so are loopback origins
/// (`http://localhost`, `http://127.0.0.1`, `http://[::1]`, any port, http or https); `--mcp-origins`
/// replaces that list with exact origins.
package struct MCPOriginPolicy: Sendable {
    /// The exact origins allowed, or nil for the loopback default.
    package let allowed: [String]?

    /// A policy of exact origins (`https://chat.example`), or nil for loopback only.
    package init(allowed: [String]?) { self.allowed = allowed }

    /// Whether a request with this `Origin` value (nil: none sent) may be served.
    package func allows(_ origin: String?) -> Bool {
        guard let origin else { return true }
        if let allowed { return allowed.contains(origin) }
        for scheme in ["http://", "https://"] where origin.hasPrefix(scheme) {
            let authority = origin.dropFirst(scheme.count)
            for host in ["localhost", "127.0.0.1", "[::1]"] where authority.hasPrefix(host) {
                let rest = authority.dropFirst(host.count)
                if rest.isEmpty { return true }
                if rest.first == ":", rest.count > 1, rest.count <= 6, rest.dropFirst().allSatisfy(\.isASCII),
                    rest.dropFirst().allSatisfy(\.isNumber)
                {
                    return true
                }
            }
        }
        return false
    }
}
