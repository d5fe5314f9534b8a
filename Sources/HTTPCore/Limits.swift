/// Size limits the server enforces on what a client sends, each answered with its own status.
///
/// Every limit is inclusive: a value exactly at the limit is accepted and one byte (or field, or
/// connection) more is refused. Like Go's `MaxHeaderBytes`, these bound the memory one client can make
/// the server hold; docs/threat-model.md lists which attack each one answers.
public struct Limits: Sendable, Equatable {
    /// Bytes in the request line, without its CRLF. Default 8 KiB; past it the answer is 414.
    public var requestLineBytes: Int
    /// Bytes in the header section: every field line with its CRLF, without the request line and the
    /// final empty line. Default 16 KiB; past it the answer is 431. Chunked trailers count the same way.
    public var headerSectionBytes: Int
    /// Number of header field lines. Default 100; past it the answer is 431.
    public var headerFields: Int
    /// Bytes of request body (decoded, for chunked bodies). Default 64 KiB; past it the answer is 413.
    /// A route with a `BodyPolicy` has its own limit instead; on other routes bodies are read and
    /// discarded so the connection can be reused.
    public var bodyBytes: Int
    /// Open client connections across all event loops. Default 20,000; further connections are accepted
    /// and closed at once, so they are never left hanging in the kernel's backlog.
    public var connections: Int
    /// Bytes of responses queued for a client before the server stops reading its further (pipelined)
    /// requests. Default 256 KiB. It bounds what a client that pipelines but never reads can pin.
    public var outboundBytes: Int
    /// Bytes of kernel send buffer per client socket (`SO_SNDBUF`, set on the listeners and inherited by
    /// every accepted socket; Linux doubles it for its bookkeeping). Default 64 KiB. Without it the kernel
    /// grows each buffer to `net.ipv4.tcp_wmem`'s maximum (4 MiB), so clients that never read pin that
    /// much kernel memory each; with it a stalled client holds at most this (doubled) plus
    /// `outboundBytes` until the write timeout closes it. 0 leaves the kernel's default.
    public var socketSendBufferBytes: Int

    public init(
        requestLineBytes: Int = 8 * 1024, headerSectionBytes: Int = 16 * 1024, headerFields: Int = 100,
        bodyBytes: Int = 64 * 1024, connections: Int = 20_000, outboundBytes: Int = 256 * 1024,
        socketSendBufferBytes: Int = 64 * 1024
    ) {
        self.requestLineBytes = requestLineBytes
        self.headerSectionBytes = headerSectionBytes
        self.headerFields = headerFields
        self.bodyBytes = bodyBytes
        self.connections = connections
        self.outboundBytes = outboundBytes
        self.socketSendBufferBytes = socketSendBufferBytes
    }

    /// The defaults the issue and docs/threat-model.md describe.
    public static let `default` = Limits()
}
