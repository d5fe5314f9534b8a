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
    /// The peer's IP address as text, for the request and the access log.
    let peer: String
    @exclusivity(unchecked) var parser: RequestParser
    @exclusivity(unchecked) var state: ConnectionState
    @exclusivity(unchecked) var outbound = OutboundQueue()
    /// The epoll events currently registered, so `epoll_ctl` is called only on a change.
    @exclusivity(unchecked) var interest: UInt32
    /// The peer closed its sending side (read returned 0).
    @exclusivity(unchecked) var peerClosed = false
    /// Whether closing should first shut the write side and read what the client still sends, because
    /// it may have sent bytes we did not read (an error answered mid-request).
    @exclusivity(unchecked) var lingerOnClose = false
    @exclusivity(unchecked) var isClosed = false

    var fileDescriptor: Int32 { transport.fileDescriptor }
    var isLingering: Bool { state.isLingering }

    init(
        transport: any ConnectionTransport, peer: String, limits: Limits, bodyPolicy: BodyPolicy.Lookup? = nil, timeouts: Timeouts,
        now: ContinuousClock.Instant, interest: UInt32
    ) {
        self.transport = transport
        self.peer = peer
        self.parser = RequestParser(limits: limits, bodyPolicy: bodyPolicy)
        self.state = ConnectionState(timeouts: timeouts, acceptedAt: now)
        self.interest = interest
    }
}
