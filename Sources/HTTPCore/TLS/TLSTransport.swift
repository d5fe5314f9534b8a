import COpenSSL
import Glibc

/// A connection's bytes through an OpenSSL session on a non-blocking socket, on the same event loop.
///
/// The handshake runs inside the first `read`s and `write`s: `SSL_ERROR_WANT_READ` becomes
/// `.wouldBlock`, `SSL_ERROR_WANT_WRITE` becomes `.wouldBlock` with `wantsWritable` set, so the loop
/// waits for the right readiness and calls again, exactly as for plain TCP. Two guards sit in front:
/// - a client still not through its handshake when `handshakeTimeout` has passed since accept is
///   dropped on its next event (and the loop's header timeout, which also runs from accept, drops one
///   that goes silent);
/// - a client that speaks plain HTTP to the TLS port (its first byte is a letter, not a TLS record)
///   gets a short plain-text 400 and a clean close instead of an OpenSSL alert it cannot read;
/// - a connection accepted while `TLSConfiguration.maxPendingHandshakes` handshakes are in progress
///   gets no session at all: its socket is shut down at once and reads as closed, so the loop closes it.
///
/// A handshake that fails or is abandoned frees its session there and then, rather than when the loop
/// gets round to closing the connection, and gives its slot back.
public final class TLSTransport: ConnectionTransport {
    public let fileDescriptor: Int32
    /// The OpenSSL session; nil when the connection was over the handshake cap or its handshake failed.
    var ssl: OpaquePointer?
    let context: TLSContext
    /// Whether this connection holds one of the context's pending-handshake slots.
    var holdsHandshakeSlot = false
    let handshakeDeadline: ContinuousClock.Instant
    let metrics: ServerMetrics?
    var handshakeComplete = false
    var checkedFirstByte = false
    /// Whether this connection's handshake outcome has been counted, so it is counted once.
    var outcomeCounted = false
    public private(set) var wantsWritable = false
    /// Write coalescing buffer, so headers and body go out as one TLS record rather than two.
    var scratch: [UInt8] = []

    /// Largest payload coalesced into one `SSL_write` (one TLS record's worth).
    static let recordSize = 16_384

    /// Wraps an accepted, non-blocking socket in a server session on the context's current certificate,
    /// or, over the handshake cap, in no session: it then reads as closed and the loop closes it.
    public init(fileDescriptor: Int32, context: TLSContext, metrics: ServerMetrics? = nil) throws(TLSError) {
        self.fileDescriptor = fileDescriptor
        self.context = context
        self.metrics = metrics
        handshakeDeadline = .now + context.configuration.handshakeTimeout
        guard context.admitHandshake() else {
            count("over_capacity")
            // Both directions shut now: the client sees the close at once, and the socket reads as
            // ended, so the loop's first readiness event closes it without waiting for the client.
            _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_RDWR))
            return
        }
        holdsHandshakeSlot = true
        ERR_clear_error()
        guard let ssl = context.newSession() else {
            releaseHandshakeSlot()
            throw .drainingQueue("SSL_new")
        }
        guard SSL_set_fd(ssl, fileDescriptor) == 1 else {
            SSL_free(ssl)
            releaseHandshakeSlot()
            throw .drainingQueue("SSL_set_fd")
        }
        SSL_set_accept_state(ssl)
        self.ssl = ssl
    }

    /// Gives the pending-handshake slot back, once.
    func releaseHandshakeSlot() {
        guard holdsHandshakeSlot else { return }
        holdsHandshakeSlot = false
        context.handshakeEnded()
    }

    /// Frees a session whose handshake will never finish, and its slot: its memory goes now, not when
    /// the connection is closed.
    func endFailedHandshake() {
        if let ssl { SSL_free(ssl) }
        ssl = nil
        releaseHandshakeSlot()
        ERR_clear_error()
    }

    /// The protocol ALPN agreed on (`http/1.1`), or nil when the client offered none.
    public var negotiatedProtocol: String? {
        guard let ssl else { return nil }
        var data: UnsafePointer<UInt8>?
        var length: UInt32 = 0
        SSL_get0_alpn_selected(ssl, &data, &length)
        guard let data, length > 0 else { return nil }
        return String(decoding: UnsafeBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    /// The TLS version in use (`TLSv1.3`), for logs and tests.
    public var protocolVersion: String { ssl.map { String(cString: SSL_get_version($0)) } ?? "" }

    public var hasBufferedInput: Bool { ssl.map { SSL_pending($0) > 0 } ?? false }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome {
        if !handshakeComplete {
            switch try handshake() {
            case .value: break
            case .wouldBlock: return .wouldBlock
            }
            if !handshakeComplete { return .closed }
        }
        guard let ssl else { return .closed }
        ERR_clear_error()
        let n = SSL_read(ssl, buffer.baseAddress, Int32(min(buffer.count, Int(Int32.max))))
        if n > 0 {
            wantsWritable = false
            return .bytes(Int(n))
        }
        switch try classify(n, "SSL_read") {
        case .value: return .closed
        case .wouldBlock: return .wouldBlock
        }
    }

    public func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome {
        if !handshakeComplete {
            switch try handshake() {
            case .value: break
            case .wouldBlock: return .wouldBlock
            }
            guard handshakeComplete else { throw SystemError(call: "SSL_do_handshake", errno: ECONNRESET) }
        }
        guard let ssl else { throw SystemError(call: "SSL_write", errno: ECONNRESET) }
        var total = 0
        var index = 0
        while index < chunks.count {
            // Gather small chunks (a header block and its body) into one record-sized write.
            var end = index
            var size = 0
            while end < chunks.count, size + chunks[end].count <= Self.recordSize || end == index {
                size += chunks[end].count
                end += 1
            }
            let n: Int32
            ERR_clear_error()
            if end - index == 1 {
                n = chunks[index].withUnsafeBytes { SSL_write(ssl, $0.baseAddress, Int32(min($0.count, Int(Int32.max)))) }
            } else {
                scratch.removeAll(keepingCapacity: true)
                for chunk in chunks[index..<end] { scratch.append(contentsOf: chunk) }
                n = scratch.withUnsafeBytes { SSL_write(ssl, $0.baseAddress, Int32($0.count)) }
            }
            if n > 0 {
                wantsWritable = false
                total += Int(n)
                if Int(n) < size { break }
                index = end
                continue
            }
            switch try classify(n, "SSL_write") {
            case .value: throw SystemError(call: "SSL_write", errno: EPIPE)
            case .wouldBlock: return total > 0 ? .written(total) : .wouldBlock
            }
        }
        return .written(total)
    }

    public func shutdownWrite() {
        if handshakeComplete, let ssl {
            ERR_clear_error()
            _ = SSL_shutdown(ssl)  // sends close_notify; the peer's reply is not waited for
        }
        _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_WR))
    }

    public func close() {
        if !handshakeComplete {
            // Closed by the loop (its header timeout, which also runs from accept) or by the peer
            // before the handshake finished: a timeout when the deadline had passed, else abandoned.
            count(ContinuousClock.now > handshakeDeadline ? "timeout" : "abandoned")
        }
        if let ssl { SSL_free(ssl) }
        ssl = nil
        releaseHandshakeSlot()
        _ = Glibc.close(fileDescriptor)
        ERR_clear_error()
    }

    /// Advances the handshake. `.value(())` with `handshakeComplete` false means the peer is gone (or
    /// never had a session); any outcome but `.wouldBlock` ends the handshake and frees what it held.
    func handshake() throws(SystemError) -> IOResult<Void> {
        guard let ssl else { return .value(()) }
        if ContinuousClock.now > handshakeDeadline {
            count("timeout")
            endFailedHandshake()
            throw SystemError(call: "SSL_do_handshake", errno: ETIMEDOUT)
        }
        if !checkedFirstByte {
            switch try rejectPlainHTTP() {
            case .wouldBlock: return .wouldBlock
            case .value(let plain):
                checkedFirstByte = true
                if plain {
                    count("failure")
                    endFailedHandshake()
                    return .value(())
                }
            }
        }
        ERR_clear_error()
        let r = SSL_do_handshake(ssl)
        if r == 1 {
            handshakeComplete = true
            wantsWritable = false
            releaseHandshakeSlot()
            count("success")
            return .value(())
        }
        do {
            switch try classify(r, "SSL_do_handshake") {
            case .value:
                count("abandoned")
                endFailedHandshake()
                return .value(())
            case .wouldBlock: return .wouldBlock
            }
        } catch {
            count("failure")
            endFailedHandshake()
            throw error
        }
    }

    /// Counts this connection's handshake outcome, once.
    func count(_ outcome: String) {
        guard !outcomeCounted else { return }
        outcomeCounted = true
        metrics?.tlsHandshake(outcome)
    }

    /// Maps a failed SSL call: retry later (`.wouldBlock`), orderly end (`.value`), or an error.
    func classify(_ result: Int32, _ call: StaticString) throws(SystemError) -> IOResult<Void> {
        guard let ssl else { return .value(()) }
        let code = SSL_get_error(ssl, result)
        switch code {
        case SSL_ERROR_WANT_READ:
            wantsWritable = false
            return .wouldBlock
        case SSL_ERROR_WANT_WRITE:
            wantsWritable = true
            return .wouldBlock
        case SSL_ERROR_ZERO_RETURN:
            return .value(())
        case SSL_ERROR_SYSCALL:
            let saved = errno
            ERR_clear_error()
            // errno 0 here is an EOF without close_notify: a client that just went away.
            if saved == 0 || saved == ECONNRESET || saved == EPIPE { return .value(()) }
            throw SystemError(call: "\(call)", errno: saved)
        default:
            // Protocol errors (a TLS 1.1 ClientHello, garbage): the details stay in OpenSSL's queue,
            // which is cleared; the client has already been sent an alert by OpenSSL.
            ERR_clear_error()
            throw SystemError(call: "\(call)", errno: EPROTO)
        }
    }

    /// Peeks at the first byte: a TLS handshake record starts with 0x16; an ASCII letter is an HTTP
    /// request line, answered in plain text and closed. `.value(true)` means it was plain HTTP.
    func rejectPlainHTTP() throws(SystemError) -> IOResult<Bool> {
        var first: UInt8 = 0
        switch try Syscall.run("recv", { recv(fileDescriptor, &first, 1, Int32(MSG_PEEK)) }) {
        case .wouldBlock: return .wouldBlock
        case .value(0): return .value(true)
        case .value: break
        }
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        guard isLetter else { return .value(false) }
        // Read what the client sent so the close is a FIN, not a reset that could destroy the answer.
        var sink = [UInt8](repeating: 0, count: 16_384)
        _ = sink.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress, $0.count) }
        let answer = Array(Self.plainHTTPAnswer.utf8)
        _ = answer.withUnsafeBytes { send(fileDescriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_WR))
        return .value(true)
    }

    static let plainHTTPAnswer: String = {
        let body =
            #"{"type":"/problems/\#(HTTPProblem.tlsRequired.slug)","title":"\#(HTTPProblem.tlsRequired.title)","status":400,"#
            + #""detail":"This port speaks HTTPS only. Use an https:// URL."}"# + "\n"
        return "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
    }()
}
