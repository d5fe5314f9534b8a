import ExplainerAPI
import Foundation
import HTTPCore

/// The `serve` command's options, read from arguments and `EXPLAINER_*` environment variables.
///
/// An option given on the command line wins over its environment variable, which wins over the default.
/// Values are checked here so a typo stops the program at once with a usage error, not later.
struct ServeOptions: Equatable {
    var host = "127.0.0.1"
    var port = 8080
    var content = "Content"
    var threads = ServerConfiguration.coreCount
    var accessLog = true
    /// Seconds a drain may take before connections are closed regardless.
    var drainTimeout = 10.0
    var logLevel = "info"
    /// Origins allowed by CORS, comma-separated; empty allows none.
    var corsOrigins: [String] = []
    /// The embed page's CSP `frame-ancestors` sources; nil leaves the API's default (any site).
    var frameAncestors: [String]?
    /// `Cache-Control: max-age` in seconds; nil leaves the API's default.
    var cacheMaxAge: Int?
    var tlsCertificate: String?
    var tlsKey: String?
    /// TLS handshakes in progress at once; over it a new connection is closed at once. Default 256.
    var tlsHandshakes = 256
    /// Requests per second per client; nil turns rate limiting off.
    var rateLimit: Double?
    /// The rate limit's bucket size in requests; nil: twice the per-second rate.
    var burst: Int?
    /// Proxies whose `X-Forwarded-For` is believed, parsed once here.
    var trustProxy: [CIDRBlock] = []
    /// Bytes of rendered query variants one snapshot memoises. Default 32 MiB (`APIConfiguration`).
    var memoBytes = APIConfiguration.defaultVariantMemoBytes
    /// The sentence-embedding model's folder, relative to the working directory. Default `Models/all-MiniLM-L6-v2`.
    var model = "Models/all-MiniLM-L6-v2"
    /// Threads that embed hybrid and semantic queries, 1 to 16. Default 2.
    var searchWorkers = 2
    /// `--public-url`: the base of absolute links, `http(s)://host[:port][/path]` without a trailing slash; nil: the listening address.
    var publicURL: String?
    /// Where `/metrics` and the probes are served apart from the public listener, which then answers
    /// `/metrics` with 404. Default nil: no admin listener, `/metrics` on the public one.
    var adminListen: ListenAddress?
    /// Browser origins allowed to use `POST /mcp`; nil: requests without `Origin` and loopback origins.
    var mcpOrigins: [String]?

    /// The option names, each also read from `EXPLAINER_<NAME>` (upper-cased, `-` as `_`).
    static let names = [
        "host", "port", "content", "threads", "access-log", "drain-timeout", "log-level", "cors-origins", "cache-max-age",
        "tls-cert", "tls-key", "tls-handshakes", "rate-limit", "burst", "trust-proxy", "memo-bytes",
        "model", "search-workers", "public-url", "admin-listen", "frame-ancestors", "mcp-origins",
    ]

    /// Reads the environment, then the arguments over it, then checks every value.
    static func parse(_ arguments: [String], environment: [String: String]) throws(UsageError) -> ServeOptions {
        var values: [String: String] = [:]
        for name in names {
            let variable = "EXPLAINER_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
            if let value = environment[variable] { values[name] = value }
        }
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            guard argument.hasPrefix("--") else { throw UsageError("unexpected argument \(argument)") }
            var name = String(argument.dropFirst(2))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard names.contains(name) else { throw UsageError("unknown option --\(name)") }
            if value == nil {
                guard i + 1 < arguments.count else { throw UsageError("option --\(name) needs a value") }
                i += 1
                value = arguments[i]
            }
            values[name] = value
            i += 1
        }
        var options = ServeOptions()
        try options.apply(values)
        return options
    }

    private mutating func apply(_ values: [String: String]) throws(UsageError) {
        if let v = values["host"] {
            guard !v.isEmpty else { throw UsageError("--host must not be empty") }
            host = v
        }
        if let v = values["port"] { port = try NumericOption.port.integer(v) }
        if let v = values["content"] { content = v }
        if let v = values["threads"] { threads = try NumericOption.threads.integer(v) }
        if let v = values["access-log"] {
            switch v {
            case "on": accessLog = true
            case "off": accessLog = false
            default: throw UsageError("--access-log must be on or off, not \(v)")
            }
        }
        if let v = values["drain-timeout"] { drainTimeout = try NumericOption.drainTimeout.value(v) }
        if let v = values["log-level"] {
            guard ["debug", "info", "warn", "error"].contains(v) else { throw UsageError("--log-level must be debug, info, warn or error") }
            logLevel = v
        }
        if let v = values["cors-origins"] { corsOrigins = try Self.origins(v) }
        if let v = values["frame-ancestors"] { frameAncestors = try Self.frameAncestors(v) }
        if let v = values["mcp-origins"] { mcpOrigins = try Self.origins(v, option: "mcp-origins") }
        if let v = values["cache-max-age"] { cacheMaxAge = try NumericOption.cacheMaxAge.integer(v) }
        tlsCertificate = values["tls-cert"]
        tlsKey = values["tls-key"]
        if (tlsCertificate == nil) != (tlsKey == nil) { throw UsageError("--tls-cert and --tls-key go together") }
        if let v = values["tls-handshakes"] {
            guard tlsCertificate != nil else { throw UsageError("--tls-handshakes needs --tls-cert and --tls-key") }
            tlsHandshakes = try NumericOption.tlsHandshakes.integer(v)
        }
        if let v = values["rate-limit"] { rateLimit = try NumericOption.rateLimit.value(v) }
        if let v = values["burst"] {
            guard rateLimit != nil else { throw UsageError("--burst needs --rate-limit: a bucket size means nothing without a rate") }
            burst = try NumericOption.burst.integer(v)
        }
        if let v = values["trust-proxy"] { trustProxy = try Self.proxies(v) }
        if let v = values["memo-bytes"] { memoBytes = try NumericOption.memoBytes.integer(v) }
        if let v = values["model"] {
            guard !v.isEmpty, v.utf8.count <= 4_096 else { throw UsageError("--model must be a directory path of 1 to 4096 bytes") }
            model = v
        }
        if let v = values["search-workers"] { searchWorkers = try NumericOption.searchWorkers.integer(v) }
        if let v = values["admin-listen"] { adminListen = try ListenAddress.parse(v, option: "admin-listen") }
        if let v = values["public-url"] { publicURL = try Self.publicURL(v) }
    }

    /// The base of absolute links when `--public-url` is not given: the address the server listens on,
    /// an IPv6 literal in brackets.
    var listeningURL: String {
        let scheme = tlsCertificate == nil ? "http" : "https"
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost):\(port)"
    }

    /// Whether `host` is a loopback address, the only place serving without `--public-url` is quiet about.
    var listensOnLoopbackOnly: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// The server's configuration for these options.
    func serverConfiguration() -> ServerConfiguration {
        var timeouts = Timeouts()
        timeouts.drain = .milliseconds(Int(drainTimeout * 1000))
        return ServerConfiguration(
            host: host, port: port, threads: threads, timeouts: timeouts, accessLog: accessLog ? AccessLog() : nil)
    }
}
