import HTTPCore

/// What the command line asks for: serve, check content, or print help or the version.
enum Command {
    case serve(ServeOptions)
    case check(directory: String)
    /// Embed every document of a content folder into its `vectors.json` (`VectorIndexing`).
    case index(directory: String, modelDirectory: String)
    case help
    case version

    static let versionText = "explainer-server 0.1.0"

    /// What `--help` prints: the commands, every option's range, and what each signal does.
    static let usage = """
        usage: explainer-server serve [--host H] [--port P] [--content DIR] [--threads N] [--access-log on|off]
                                      [--drain-timeout SECONDS] [--log-level debug|info|warn|error]
                                      [--cors-origins LIST] [--cache-max-age S] [--tls-cert F --tls-key F [--tls-handshakes N]]
                                      [--rate-limit N/s --burst N] [--trust-proxy CIDRS] [--memo-bytes BYTES]
               explainer-server check [DIR]
               explainer-server index [DIR] [--model MODEL_DIR]   (writes DIR/vectors.json; model default Models/all-MiniLM-L6-v2)
               explainer-server --help | --version

        Every serve option can also come from an environment variable EXPLAINER_<OPTION>
        (EXPLAINER_PORT, EXPLAINER_CONTENT, EXPLAINER_ACCESS_LOG, ...); options win.
        Defaults: host 127.0.0.1, port 8080, content ./Content, threads = cores, access log on,
        drain timeout 10 s, memo 32MiB, 256 TLS handshakes at once, no rate limit. The first line on stderr is always
        `listening on http://H:P` (with --port 0, the port bound); start-up events follow it.

        Numbers (a value outside its range is a usage error, exit 64):
        \(NumericOption.all.map(\.helpLine).joined(separator: "\n"))
        --burst needs --rate-limit. --cors-origins: origins scheme://host[:port], comma-separated.
        --trust-proxy: IP addresses or CIDR blocks, comma-separated; at most \(ClientAddress.maxForwardedHops) X-Forwarded-For
        entries are read from the right. The rate limit counts IPv6 clients by their /64.

        Signals: SIGTERM, SIGINT drain and exit 0 (a second one exits 1 at once); SIGHUP reloads the
        content (and the TLS certificate). Ignored, so they cannot end the process:
        \(OperatorSignals.ignored.map(\.name).joined(separator: ", ")).
        """

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String], environment: [String: String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { throw UsageError("missing command (serve or check)") }
        switch first {
        case "--help", "-h", "help": return .help
        case "--version": return .version
        case "serve": return .serve(try ServeOptions.parse(Array(arguments.dropFirst()), environment: environment))
        case "check":
            let rest = arguments.dropFirst()
            if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
            if let option = rest.first(where: { $0.hasPrefix("-") }) { throw UsageError("unknown option \(option) for check") }
            guard rest.count <= 1 else { throw UsageError("check takes at most one directory") }
            return .check(directory: rest.first ?? environment["EXPLAINER_CONTENT"] ?? "Content")
        case "index": return try parseIndex(Array(arguments.dropFirst()), environment: environment)
        default:
            throw UsageError(first.hasPrefix("-") ? "unknown option \(first)" : "unknown command \(first)")
        }
    }

    /// Parses `index [DIR] [--model MODEL_DIR]`; the folder defaults as `check`'s does, the model to
    /// `EXPLAINER_MODEL` or `Models/all-MiniLM-L6-v2`.
    static func parseIndex(_ rest: [String], environment: [String: String]) throws(UsageError) -> Command {
        var model = environment["EXPLAINER_MODEL"] ?? "Models/all-MiniLM-L6-v2"
        var folders: [String] = []
        var position = 0
        while position < rest.count {
            let argument = rest[position]
            if argument == "--model" {
                guard position + 1 < rest.count else { throw UsageError("--model needs a directory") }
                model = rest[position + 1]
                position += 2
                continue
            }
            if argument == "--help" || argument == "-h" { return .help }
            if argument.hasPrefix("-") { throw UsageError("unknown option \(argument) for index") }
            folders.append(argument)
            position += 1
        }
        guard folders.count <= 1 else { throw UsageError("index takes at most one directory") }
        return .index(directory: folders.first ?? environment["EXPLAINER_CONTENT"] ?? "Content", modelDirectory: model)
    }
}
