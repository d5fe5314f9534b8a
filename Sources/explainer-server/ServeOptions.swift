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
    /// `Cache-Control: max-age` in seconds; nil leaves the API's default.
    var cacheMaxAge: Int?
    var tlsCertificate: String?
    var tlsKey: String?
    /// Requests per second per client; nil turns rate limiting off.
    var rateLimit: Double?
    var burst: Int?
    /// Proxies whose `X-Forwarded-For` is believed, as CIDRs.
    var trustProxy: [String] = []

    /// The option names, each also read from `EXPLAINER_<NAME>` (upper-cased, `-` as `_`).
    static let names = [
        "host", "port", "content", "threads", "access-log", "drain-timeout", "log-level", "cors-origins", "cache-max-age",
        "tls-cert", "tls-key", "rate-limit", "burst", "trust-proxy",
    ]

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
        if let v = values["port"] { port = try Self.integer(v, "port", in: 0...65535) }
        if let v = values["content"] { content = v }
        if let v = values["threads"] { threads = try Self.integer(v, "threads", in: 1...256) }
        if let v = values["access-log"] {
            switch v {
            case "on": accessLog = true
            case "off": accessLog = false
            default: throw UsageError("--access-log must be on or off, not \(v)")
            }
        }
        if let v = values["drain-timeout"] {
            guard let seconds = Double(v), seconds >= 0, seconds <= 3600 else {
                throw UsageError("--drain-timeout must be seconds from 0 to 3600")
            }
            drainTimeout = seconds
        }
        if let v = values["log-level"] {
            guard ["debug", "info", "warn", "error"].contains(v) else { throw UsageError("--log-level must be debug, info, warn or error") }
            logLevel = v
        }
        if let v = values["cors-origins"] { corsOrigins = Self.list(v) }
        if let v = values["cache-max-age"] { cacheMaxAge = try Self.integer(v, "cache-max-age", in: 0...31_536_000) }
        tlsCertificate = values["tls-cert"]
        tlsKey = values["tls-key"]
        if (tlsCertificate == nil) != (tlsKey == nil) { throw UsageError("--tls-cert and --tls-key go together") }
        if let v = values["rate-limit"] {
            let number = v.hasSuffix("/s") ? String(v.dropLast(2)) : v
            guard let rate = Double(number), rate > 0 else { throw UsageError("--rate-limit must look like 50/s") }
            rateLimit = rate
        }
        if let v = values["burst"] { burst = try Self.integer(v, "burst", in: 1...1_000_000) }
        if let v = values["trust-proxy"] { trustProxy = Self.list(v) }
    }

    private static func integer(_ text: String, _ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let n = Int(text), range.contains(n) else {
            throw UsageError("--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return n
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The server's configuration for these options.
    func serverConfiguration(lifecycle: ServerLifecycle = ServerLifecycle()) -> ServerConfiguration {
        var timeouts = Timeouts()
        timeouts.drain = .milliseconds(Int(drainTimeout * 1000))
        return ServerConfiguration(
            host: host, port: port, threads: threads, timeouts: timeouts, accessLog: accessLog ? AccessLog() : nil,
            lifecycle: lifecycle)
    }
}
