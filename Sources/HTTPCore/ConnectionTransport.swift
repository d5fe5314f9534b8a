import CLinux

/// How a connection's bytes move: the seam between the event loop and the socket (or TLS session).
///
/// The event loop owns readiness (epoll) and the HTTP logic; a transport owns only moving bytes.
/// `SocketTransport` is the plain-TCP one. A TLS transport (OpenSSL, non-blocking) fits the same shape:
///
/// - `read` runs `SSL_read` (and the handshake, which happens inside the first reads and writes);
///   `SSL_ERROR_WANT_READ` is `.wouldBlock`; `SSL_ERROR_WANT_WRITE` is `.wouldBlock` with
///   `wantsWritable` set, so the loop also waits for EPOLLOUT and calls `read` again when it comes.
/// - `write` runs `SSL_write` over the chunks in order and reports how many bytes it took; a partial
///   record is resumed by offering the same bytes again, which the loop always does.
/// - `hasBufferedInput` is true while OpenSSL holds decrypted bytes the kernel no longer shows as
///   readable (`SSL_pending`), so the loop keeps reading instead of waiting for an epoll event.
/// - `shutdownWrite` sends close_notify; `close` frees the session and closes the descriptor.
/// - `unsentBytes` (the socket's send queue) tells a lingering connection when its last response has
///   been delivered.
///
/// Every method is called on the connection's event loop thread only, so implementations need no locks.
/// Errors are thrown as `SystemError`; the loop closes the connection on any of them.
public protocol ConnectionTransport: AnyObject {
    /// The socket's descriptor, registered with epoll by the loop.
    var fileDescriptor: Int32 { get }
    /// Reads into the buffer without blocking.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome
    /// Writes the chunks in order, as one gathered write when possible, without blocking.
    func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome
    /// Whether the last read or write is waiting for writability (TLS renegotiation, handshake).
    var wantsWritable: Bool { get }
    /// Whether bytes are already readable without waiting for the socket (TLS's decrypted buffer).
    var hasBufferedInput: Bool { get }
    /// Ends the sending side (FIN, or close_notify then FIN) while still reading what the peer sends.
    func shutdownWrite()
    /// Releases the connection and its descriptor; called exactly once.
    func close()
}

extension ConnectionTransport {
    public var wantsWritable: Bool { false }
    public var hasBufferedInput: Bool { false }

    /// Bytes handed to the kernel that the peer has not acknowledged yet (`SIOCOUTQ`): what must
    /// still travel before closing cannot cut a response. TLS adds nothing here, since its records
    /// go to the socket whole.
    public var unsentBytes: Int { Int(clinux_unsent_bytes(fileDescriptor)) }
}
