import Glibc

/// Everything a `Server` needs to know before it starts; options and environment are read in `main`.
///
/// Values and hooks only: the lifecycle is the `Server`'s own (`Server.lifecycle`), and the printer
/// behind the default `logError` is `StandardError` in `Logging/`.
public struct ServerConfiguration: Sendable {
    /// Address to bind: a numeric IPv4 or IPv6 address, or `localhost`. Default `127.0.0.1`.
    public var host: String
    /// Port to bind; 0 picks a free one, readable from `Server.port` after `start()`. Default 8080.
    public var port: Int
    /// Event loops, each on its own thread with its own listening socket. Default: the number of cores.
    public var threads: Int
    /// Size limits; see `Limits` for each default.
    public var limits: Limits
    /// Each route's body policy, for the parser to answer 413 and 415 before reading a body: set it to
    /// the router's `bodyPolicy(for:path:)`. Default nil: every body is read up to `limits.bodyBytes`.
    public var bodyPolicy: BodyPolicy.Lookup?
    /// Timeouts; see `Timeouts` for each default.
    public var timeouts: Timeouts
    /// The `Server` field's value, which the application names. Default `HTTPCore`.
    public var serverName: String
    /// Where access-log lines go; nil turns the access log off. Default nil (`main` sets stdout).
    public var accessLog: AccessLog?
    /// Called for every answered request, on the loop thread, after the access log: the hook metrics use.
    public var onResponse: (@Sendable (RequestLog) -> Void)?
    /// Called with a line for errors that concern the operator, never the client. Default:
    /// `StandardError.write`.
    public var logError: @Sendable (String) -> Void
    /// Makes each accepted socket's transport; nil means plain TCP (`SocketTransport`). TLS plugs in here.
    public var makeTransport: (@Sendable (_ fileDescriptor: Int32) throws -> any ConnectionTransport)?
    /// A second listener with its own responder (metrics and probes kept off the public address).
    /// Default nil: none.
    public var admin: AdminListener?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, threads: Int = ServerConfiguration.coreCount,
        limits: Limits = .default, timeouts: Timeouts = .default, serverName: String = "HTTPCore",
        accessLog: AccessLog? = nil, onResponse: (@Sendable (RequestLog) -> Void)? = nil,
        logError: @escaping @Sendable (String) -> Void = StandardError.write,
        makeTransport: (@Sendable (Int32) throws -> any ConnectionTransport)? = nil, admin: AdminListener? = nil
    ) {
        self.host = host
        self.port = port
        self.threads = threads
        self.limits = limits
        self.timeouts = timeouts
        self.serverName = serverName
        self.accessLog = accessLog
        self.onResponse = onResponse
        self.logError = logError
        self.makeTransport = makeTransport
        self.admin = admin
    }

    /// The number of cores online, at least 1.
    public static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
