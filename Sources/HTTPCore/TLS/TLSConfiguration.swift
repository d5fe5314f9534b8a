/// Where the server's certificate and key are, how long a client gets to finish its handshake, and
/// how many handshakes may be in progress at once.
public struct TLSConfiguration: Sendable, Equatable {
    /// PEM file with the certificate, followed by any intermediate certificates (`--tls-cert`).
    public var certificatePath: String
    /// PEM file with the private key (`--tls-key`); read at start and on every SIGHUP.
    public var privateKeyPath: String
    /// Time from accept to a finished handshake. Default 10 s; a client that stalls or trickles its
    /// handshake is dropped then, so half-open TLS connections cannot pile up.
    public var handshakeTimeout: Duration
    /// Connections whose handshake is in progress, across all event loops of the process. Default 256.
    ///
    /// Each pending handshake holds OpenSSL's session and buffers (tens of KB), and each ClientHello
    /// costs one signature with the server's key, on the loop thread, a few milliseconds with
    /// RSA-4096. A connection accepted over the cap is closed at once, before OpenSSL sees a byte, and
    /// counted as `tls_handshakes_total{outcome="over_capacity"}`. Closed rather than made to wait:
    /// a waiting connection still holds its descriptor and its place in epoll, and a level-triggered
    /// loop cannot park a readable socket without polling it, so a flood would turn into busy work
    /// instead of stopping; a real client that is refused retries, as after any reset. A slot is
    /// taken at accept (a silent connection counts too) and given back when the handshake succeeds,
    /// fails, times out or is abandoned.
    public var maxPendingHandshakes: Int

    /// A configuration for the given PEM files; the handshake timeout defaults to 10 s, and at most
    /// 256 handshakes are in progress at once.
    public init(
        certificatePath: String, privateKeyPath: String, handshakeTimeout: Duration = .seconds(10), maxPendingHandshakes: Int = 256
    ) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
        self.handshakeTimeout = handshakeTimeout
        self.maxPendingHandshakes = maxPendingHandshakes
    }
}
