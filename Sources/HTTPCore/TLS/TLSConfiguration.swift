/// Where the server's certificate and key are, and how long a client gets to finish its handshake.
public struct TLSConfiguration: Sendable, Equatable {
    /// PEM file with the certificate, followed by any intermediate certificates (`--tls-cert`).
    public var certificatePath: String
    /// PEM file with the private key (`--tls-key`); read at start and on every SIGHUP.
    public var privateKeyPath: String
    /// Time from accept to a finished handshake. Default 10 s; a client that stalls or trickles its
    /// handshake is dropped then, so half-open TLS connections cannot pile up.
    public var handshakeTimeout: Duration

    /// A configuration for the given PEM files; the handshake timeout defaults to 10 s.
    public init(certificatePath: String, privateKeyPath: String, handshakeTimeout: Duration = .seconds(10)) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
        self.handshakeTimeout = handshakeTimeout
    }
}
