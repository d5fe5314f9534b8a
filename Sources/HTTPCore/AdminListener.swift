/// A second address the server listens on, answered by a responder of its own: an operator's port
/// for metrics and probes that the public listener does not serve.
///
/// Every event loop listens on it as on the public address (one `SO_REUSEPORT` socket per loop),
/// so it needs no thread of its own. Its connections are plain HTTP even when the public listener
/// serves TLS (the port is meant to be reachable only inside the cluster), and they count against
/// `maxConnections`, not `Limits.connections`: a flood that fills the public cap cannot lock out
/// the probes. The limits and timeouts are the public listener's; a drain closes both listeners.
public struct AdminListener: Sendable {
    /// Address to bind: a numeric IPv4 or IPv6 address, or `localhost`.
    public var host: String
    /// Port to bind; 0 picks a free one, readable from `Server.adminPort` after `start()`.
    public var port: Int
    /// What answers every request on this listener.
    public var responder: any Responder
    /// Connections open at once on this listener, across every loop; over it a new one is closed at
    /// once. Default 64: scrapes and probes come a few at a time.
    public var maxConnections: Int

    /// An admin listener on `host:port` answered by `responder`.
    public init(host: String, port: Int, responder: any Responder, maxConnections: Int = 64) {
        self.host = host
        self.port = port
        self.responder = responder
        self.maxConnections = maxConnections
    }
}
