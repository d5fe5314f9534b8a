import HTTPCore

/// An address to listen on, `HOST:PORT`, as `--admin-listen` takes it.
///
/// The host is a numeric IPv4 address, a bracketed IPv6 address (`[::1]:9090`) or `localhost`, the
/// hosts the listening socket can bind without a name lookup; the port goes through the one checked
/// number parser, so `0` picks a free port.
struct ListenAddress: Equatable {
    /// The host without brackets, as `ServerConfiguration.host` takes it.
    var host: String
    /// 0 to 65535.
    var port: Int

    /// The longest `HOST:PORT` accepted: a bracketed IPv6 address with a zone is well under it.
    static let maxBytes = 128

    /// Parses `HOST:PORT`; a usage error names the option and says what is wrong.
    static func parse(_ text: String, option: String) throws(UsageError) -> ListenAddress {
        guard text.utf8.count <= maxBytes, let colon = text.lastIndex(of: ":") else {
            throw UsageError("--\(option) must be HOST:PORT (127.0.0.1:9090, [::1]:9090), not \(text)")
        }
        var host = Substring(text[..<colon])
        let port = try NumericOption.adminPort.integer(String(text[text.index(after: colon)...]))
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
            guard host.contains(":"), IPAddress(host) != nil else {
                throw UsageError("--\(option): \(host) in brackets is not an IPv6 address")
            }
        } else {
            guard host == "localhost" || (!host.contains(":") && IPAddress(host) != nil) else {
                throw UsageError("--\(option): the host must be an IPv4 address, [IPv6] or localhost, not \(host)")
            }
        }
        return ListenAddress(host: String(host), port: port)
    }
}
