import ExplainerAPI
import HTTPCore

/// What the command line asks for: serve, check content, or print help or the version.
enum Command {
    case serve(ServeOptions)
    case check(directory: String)
    /// Embed every document of a content folder into its `vectors.bin` (`VectorIndexing`).
    case index(directory: String, modelDirectory: String)
    /// The MCP server over stdio: `content` and `model` as `serve` reads them (`MCPStdio`).
    case mcp(ServeOptions)
    case help
    case version

    /// `--version`: the name and `openapi.yaml`'s `info.version` (`APIVersion`), like the API's `api_version`.
    static let versionText = "explainer-server \(APIVersion.current)"

    /// What `--help` prints: the commands, every option's range, and what each signal does.
    static let usage = """
        usage: explainer-server serve [OPTIONS]      serve the content over HTTP (serve --help: this text)
               explainer-server check [DIR]          validate a content folder: exit 0 when valid, 1 when not
               explainer-server index [DIR] [--model MODEL_DIR]   embed the content into DIR/vectors.bin
                                                     (model default Models/all-MiniLM-L6-v2)
               explainer-server mcp [--content DIR] [--model MODEL_DIR]   the MCP server on stdin/stdout
                                                     (newline-delimited JSON-RPC; logs on stderr only)
               explainer-server --help | --version

        serve options; each can also come from EXPLAINER_<OPTION> (EXPLAINER_PORT, EXPLAINER_ACCESS_LOG, ...),
        and an option wins over its variable:
          --host H                 address to bind (default 127.0.0.1)
          --port P                 0 to 65535; 0 picks a free port (default 8080)
          --content DIR            the content folder (default ./Content)
          --threads N              event loops, 1 to 256 (default: one per core)
          --access-log on|off      JSON access log on stdout (default on)
          --drain-timeout SECONDS  how long a drain may take, 0 to 3600 (default 10)
          --log-level LEVEL        debug, info, warn or error (default info)
          --cors-origins LIST      origins scheme://host[:port], comma-separated (default: any origin, *)
          --cache-max-age SECONDS  Cache-Control max-age, 0 to 31536000 (default 300)
          --frame-ancestors LIST   who may frame /embed/{id}: *, 'self', 'none' or origins (default \(APIConfiguration.defaultFrameAncestors.joined(separator: ",")))
          --tls-cert F --tls-key F serve HTTPS with these PEM files (default: plain HTTP)
          --tls-handshakes N       TLS handshakes in progress at once, 1 to 65535 (default 256)
          --rate-limit RATE        per client, N/s, N/m or N/h, 1/h to 100000/s (default: off)
          --burst N                the rate limit's bucket, 1 to 1000000; needs --rate-limit (default: 2 x rate/s)
          --trust-proxy CIDRS      proxies whose X-Forwarded-For is believed, comma-separated (default: none)
          --memo-bytes BYTES       memo of rendered query variants, 0 to 1GiB (default 32MiB)
          --model DIR              sentence-embedding model for hybrid search (default Models/all-MiniLM-L6-v2);
                                   when it does not load, search is lexical only (a model.missing warning)
          --search-workers N       threads embedding hybrid search queries, 1 to 16 (default 2)
          --public-url URL         base of absolute links (default: the listening address, http://H:P);
                                   http(s)://host[:port][/path], used by feeds, pages, JSON-LD and the embed
          --admin-listen HOST:PORT /metrics, /healthz, /readyz on a second, plain-HTTP listener (default: off);
                                   the public listener then answers /metrics with 404
          --mcp-origins LIST       browser origins allowed on POST /mcp, comma-separated (default: no Origin,
                                   or a loopback one: http(s)://localhost, 127.0.0.1, [::1], any port); others get 403
        The first line on stderr is always `listening on http://H:P` (with --port 0, the port bound);
        start-up events follow it.

        Numbers (a value outside its range is a usage error, exit 64):
        \(NumericOption.all.map(\.helpLine).joined(separator: "\n"))
        --trust-proxy: at most \(ClientAddress.maxForwardedHops) X-Forwarded-For entries are read from the right.
        The rate limit counts IPv6 clients by their /64.

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
        case "serve":
            let rest = arguments.dropFirst()
            if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
            return .serve(try ServeOptions.parse(Array(rest), environment: environment))
        case "check":
            let rest = arguments.dropFirst()
            if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
            if let option = rest.first(where: { $0.hasPrefix("-") }) { throw UsageError("unknown option \(option) for check") }
            guard rest.count <= 1 else { throw UsageError("check takes at most one directory") }
            return .check(directory: rest.first ?? environment["EXPLAINER_CONTENT"] ?? "Content")
        case "index": return try parseIndex(Array(arguments.dropFirst()), environment: environment)
        case "mcp":
            let rest = Array(arguments.dropFirst())
            if rest.contains(where: { $0 == "--help" || $0 == "-h" }) { return .help }
            if let option = rest.enumerated().first(where: {
                $0.offset % 2 == 0 && !["--content", "--model", "--log-level"].contains($0.element)
            }) {
                throw UsageError("unknown option \(option.element) for mcp (it takes --content, --model and --log-level)")
            }
            return .mcp(try ServeOptions.parse(rest, environment: environment))
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
