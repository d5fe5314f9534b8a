/// One client connection: its transport, parser, policy state and queued output.
///
/// Owned and touched only by the event loop that accepted it; the loop holds the logic, this holds
/// the state that logic works on.
///
/// The mutable properties skip Swift's run-time exclusivity checks (`@exclusivity(unchecked)`): only
/// the loop's thread touches them, from code that never re-enters itself, so the checks could not
/// fire and cost about 25 look-ups of a thread-local access set per request (8% of a request's
/// user-space instructions, bench/api/instructions). The compile-time checks still apply.
final class Connection {
    let transport: any ConnectionTransport
    /// The listener's responder and connection cap, shared with every connection it accepted.
    let endpoint: Endpoint
    /// The peer's IP address as text, for the request and the access log.
    let peer: String
    @exclusivity(unchecked) var parser: RequestParser
    @exclusivity(unchecked) var state: ConnectionState
    @exclusivity(unchecked) var outbound = OutboundQueue()
    /// The epoll events currently registered, so `epoll_ctl` is called only on a change.
    @exclusivity(unchecked) var interest: UInt32
    /// The answer the connection waits for (`ConnectionState.awaiting`) and its request's context.
    @exclusivity(unchecked) var pendingAnswer: (answer: PendingAnswer, context: ResponseContext)?
    /// The event stream being written (`ConnectionState.streaming`), and whether its bytes go out as chunks.
    @exclusivity(unchecked) var stream: (stream: EventStream, chunked: Bool)?
    /// Whether the loop's list of connections to read again (TLS bytes already decrypted) holds this one.
    @exclusivity(unchecked) var readScheduled = false
    @exclusivity(unchecked) var isClosed = false

    var fileDescriptor: Int32 { transport.fileDescriptor }

    init(
        transport: any ConnectionTransport, endpoint: Endpoint, peer: String, limits: Limits, bodyPolicy: BodyPolicy.Lookup? = nil,
        now: Int64,
        interest: UInt32
    ) {
        self.transport = transport
        self.endpoint = endpoint
        self.peer = peer
        self.parser = RequestParser(limits: limits, bodyPolicy: bodyPolicy)
        self.state = ConnectionState(acceptedAt: now)
        self.interest = interest
    }
}
