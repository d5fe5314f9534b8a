/// How long the server waits on a client before it gives up on the connection.
///
/// Modelled on Go's `ReadHeaderTimeout`, `IdleTimeout` and `WriteTimeout`. A deadline is set when a
/// phase starts and is never pushed back by partial progress within the phase, so a client trickling
/// one byte at a time (slowloris) cannot hold a connection longer than the phase allows.
public struct Timeouts: Sendable, Equatable {
    /// Time to receive a whole header section, from the first byte of the request (or from accept for a
    /// connection's first request). Default 10 s; on expiry the server answers 408 and closes, or just
    /// closes when the client had sent nothing.
    public var header: Duration
    /// Time to receive a request's body once its header section is in. Default 10 s; then 408 and close.
    public var body: Duration
    /// Time a keep-alive connection may sit between requests. Default 60 s; then it is closed quietly.
    public var idle: Duration
    /// Time a queued response may make no progress because the client does not read it. Default 30 s;
    /// then the connection is closed, whatever is still queued: a stalled writer is closed after it, so
    /// with `Limits.outboundBytes` and `Limits.socketSendBufferBytes` it bounds what such a client pins.
    /// Any progress restarts it, so slow but live readers are served. It also bounds the wait for an
    /// answer that comes later (`WorkerPool`) and for the kernel to deliver a closing connection's
    /// last bytes (lingering).
    public var write: Duration
    /// Time, after a response that closes the connection, to read and discard what the client still sends
    /// before closing, so the kernel does not reset the connection under the response. Default 2 s. The
    /// close also waits for the kernel to have delivered that response (see `write`).
    public var lingeringClose: Duration
    /// Time a drain (SIGTERM, SIGINT, `Server.beginDrain()`) waits for requests in flight, answers that
    /// come later, and the delivery of the responses being written, before closing every connection
    /// regardless. Default 10 s (`--drain-timeout`).
    public var drain: Duration

    public init(
        header: Duration = .seconds(10), body: Duration = .seconds(10), idle: Duration = .seconds(60),
        write: Duration = .seconds(30), lingeringClose: Duration = .seconds(2), drain: Duration = .seconds(10)
    ) {
        self.header = header
        self.body = body
        self.idle = idle
        self.write = write
        self.lingeringClose = lingeringClose
        self.drain = drain
    }

    /// The defaults the issue and docs/threat-model.md describe.
    public static let `default` = Timeouts()
}
