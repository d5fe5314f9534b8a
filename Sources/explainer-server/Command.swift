/// What the command line asks for: serve, check content, or print help or the version.
enum Command {
    case serve(ServeOptions)
    case check(directory: String)
    case help
    case version

    static let versionText = "explainer-server 0.1.0"

    static let usage = """
        usage: explainer-server serve [--host H] [--port P] [--content DIR] [--threads N] [--access-log on|off]
                                      [--drain-timeout SECONDS] [--log-level debug|info|warn|error]
                                      [--cors-origins LIST] [--cache-max-age S] [--tls-cert F --tls-key F]
                                      [--rate-limit N/s --burst N] [--trust-proxy CIDRS]
               explainer-server check [DIR]
               explainer-server --help | --version

        Every serve option can also come from an environment variable EXPLAINER_<OPTION>
        (EXPLAINER_PORT, EXPLAINER_CONTENT, EXPLAINER_ACCESS_LOG, ...); options win.
        Defaults: host 127.0.0.1, port 8080, content ./Content, threads = cores, access log on,
        drain timeout 10 s. With --port 0 the first line on stderr is `listening on http://H:P`.
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
        default:
            throw UsageError(first.hasPrefix("-") ? "unknown option \(first)" : "unknown command \(first)")
        }
    }
}
