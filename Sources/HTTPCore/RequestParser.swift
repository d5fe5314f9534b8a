import Glibc

/// An incremental, strict HTTP/1.1 request parser (RFC 9112) that works on bytes, not sockets.
///
/// Feed it whatever arrived, in chunks of any size, with `append`, then call `next()` until it returns
/// nil; the same bytes give the same requests however they are split. It refuses rather than guesses:
/// every framing ambiguity that lets two parsers disagree on where a request ends (Content-Length with
/// Transfer-Encoding, differing Content-Length values, codings other than chunked, obs-fold, bare CR or
/// LF, whitespace before a colon, controls, a missing, repeated or ill-formed Host, chunk extensions
/// outside their grammar, escapes in the target that are not UTF-8) throws, and once it has thrown
/// the parser stays failed: the connection must be answered and closed.
///
/// Memory is bounded by `Limits`: a line longer than its limit fails as soon as the limit is passed,
/// without waiting for its end. Bodies are decoded (chunked included) and kept up to `Limits.bodyBytes`,
/// or up to the route's own `BodyPolicy` when one is declared.
public struct RequestParser: Sendable {
    /// Where the parser is within the current request, for the connection's timeouts.
    public enum Progress: Sendable, Equatable {
        /// No byte of a next request has arrived.
        case betweenRequests
        /// Some of a request line or header section has arrived.
        case head
        /// The header section is in; the body is still arriving.
        case body
    }

    enum Phase: Sendable {
        case requestLine
        case headers
        case fixedBody(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
    }

    /// The request line and fields of the request being parsed.
    struct Head: Sendable {
        var method: HTTPMethod
        var target: String
        var version: HTTPVersion
        /// The target's path and query, decoded as soon as the request line is in.
        var path: String
        var query: QueryItems
        var headers = HTTPHeaders()
        var fieldCount = 0
        var fieldBytes = 0
    }

    /// The limits this parser enforces.
    public let limits: Limits
    /// The body policy of the route each request goes to, asked once a request's header section
    /// announces a body; nil (no router declared any) keeps `limits.bodyBytes` for every request.
    let bodyPolicy: BodyPolicy.Lookup?
    /// The most body bytes the current request may have: its route's `BodyPolicy.maxBytes`, else
    /// `limits.bodyBytes`.
    var bodyLimit: Int
    var buffer: [UInt8] = []
    /// Index of the first byte not yet consumed.
    var position = 0
    /// Index from which the search for the next LF resumes, so byte-by-byte input stays linear.
    var scanFrom = 0
    var phase = Phase.requestLine
    var head: Head?
    var body: [UInt8] = []
    var failure: RequestParseError?
    /// The current request asked for `100 Continue` before sending its body, and nobody took that yet.
    var continuePending = false

    /// A chunk-size line (size and extensions) longer than this is refused; real clients send a few bytes.
    static let chunkLineLimit = 1024

    /// A parser enforcing `limits`, and each route's body policy when `bodyPolicy` is given
    /// (`Router.bodyPolicy(for:path:)`).
    public init(limits: Limits = .default, bodyPolicy: BodyPolicy.Lookup? = nil) {
        self.limits = limits
        self.bodyPolicy = bodyPolicy
        self.bodyLimit = limits.bodyBytes
    }

    /// Bytes received and not yet consumed by a complete request.
    public var bufferedByteCount: Int { buffer.count - position }

    /// Where the parser stands, for choosing which timeout applies.
    public var progress: Progress {
        switch phase {
        case .requestLine: bufferedByteCount == 0 ? .betweenRequests : .head
        case .headers: .head
        case .fixedBody, .chunkSize, .chunkData, .chunkDataEnd, .trailers: .body
        }
    }

    /// Whether the request whose body is awaited sent `Expect: 100-continue` (RFC 9110 §10.1.1); true
    /// once per such request, so the server sends exactly one interim `100 Continue`.
    public mutating func takeContinueExpectation() -> Bool {
        defer { continuePending = false }
        return continuePending
    }

    /// Adds received bytes; nothing is parsed until `next()`.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Adds received bytes; nothing is parsed until `next()`.
    public mutating func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// The next complete request, nil when more bytes are needed, or the reason the input is refused.
    public mutating func next() throws(RequestParseError) -> Request? {
        if let failure { throw failure }
        do {
            return try step()
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func step() throws(RequestParseError) -> Request? {
        while true {
            switch phase {
            case .requestLine:
                guard let line = try nextLine(limit: limits.requestLineBytes, tooLong: .requestLineTooLong) else { return nil }
                if line.isEmpty { continue }  // RFC 9112 §2.2: empty lines before a request line are ignored.
                head = try withBytes(line) { bytes throws(RequestParseError) in try Self.parseRequestLine(bytes) }
                phase = .headers
            case .headers:
                let budget = limits.headerSectionBytes - head!.fieldBytes - 2
                guard let line = try nextLine(limit: budget, tooLong: .headerSectionTooLarge) else { return nil }
                if line.isEmpty {
                    if let request = try finishHead() { return request }
                } else {
                    try addField(line)
                }
            case .fixedBody(let remaining):
                let n = min(remaining, buffer.count - position)
                body.append(contentsOf: buffer[position..<position + n])
                consume(n)
                if n == remaining { return completeRequest() }
                phase = .fixedBody(remaining: remaining - n)
                return nil
            case .chunkSize:
                guard let line = try nextLine(limit: Self.chunkLineLimit, tooLong: .malformed(reason: "chunk size line too long")) else {
                    return nil
                }
                let room = bodyLimit - body.count
                let size = try withBytes(line) { bytes throws(RequestParseError) in try Self.parseChunkSize(bytes, room: room) }
                phase = size == 0 ? .trailers : .chunkData(remaining: size)
            case .chunkData(let remaining):
                let n = min(remaining, buffer.count - position)
                body.append(contentsOf: buffer[position..<position + n])
                consume(n)
                if n < remaining {
                    phase = .chunkData(remaining: remaining - n)
                    return nil
                }
                phase = .chunkDataEnd
            case .chunkDataEnd:
                guard buffer.count - position >= 2 else {
                    if buffer.count > position, buffer[position] != 0x0D { throw .malformed(reason: "chunk data not followed by CRLF") }
                    return nil
                }
                guard buffer[position] == 0x0D, buffer[position + 1] == 0x0A else {
                    throw .malformed(reason: "chunk data not followed by CRLF")
                }
                consume(2)
                phase = .chunkSize
            case .trailers:
                let budget = limits.headerSectionBytes - head!.fieldBytes - 2
                guard let line = try nextLine(limit: budget, tooLong: .headerSectionTooLarge) else { return nil }
                if line.isEmpty { return completeRequest() }
                // Trailer fields are checked like header fields and count against the same limits, then dropped.
                try countField(line)
                _ = try withBytes(line) { bytes throws(RequestParseError) in try Self.parseField(bytes) }
            }
        }
    }

    /// The bounds of the next CRLF-terminated line without its CRLF, nil if it has not fully arrived. A
    /// line longer than `limit` throws `tooLong` as soon as that is certain; an LF without CR before it
    /// is refused.
    ///
    /// Bounds rather than a slice, so that the line's bytes are read in place (`withBytes`) without
    /// retaining the buffer once per line.
    mutating func nextLine(limit: Int, tooLong: RequestParseError) throws(RequestParseError) -> Range<Int>? {
        let from = scanFrom
        let found = buffer.withUnsafeBufferPointer { bytes -> Int? in
            // memchr scans a long line (a browser's User-Agent, Cookie) many bytes at a time.
            guard from < bytes.count, let start = bytes.baseAddress, let hit = memchr(start + from, 0x0A, bytes.count - from) else {
                return nil
            }
            return UnsafeRawPointer(start).distance(to: UnsafeRawPointer(hit))
        }
        guard let lf = found else {
            scanFrom = buffer.count
            // One more byte than the limit may be the line's CR; anything beyond cannot fit.
            if buffer.count - position > max(limit, 0) + 1 { throw tooLong }
            return nil
        }
        // Checked in the same order as for a partial line, so the outcome never depends on how bytes were split.
        if lf - position > max(limit, 0) + 1 { throw tooLong }
        guard lf > position, buffer[lf - 1] == 0x0D else { throw .malformed(reason: "line ended by LF without CR") }
        let line = position..<(lf - 1)
        if line.count > max(limit, 0) { throw tooLong }
        position = lf + 1
        scanFrom = position
        return line
    }

    /// Runs `body` on the buffer's bytes in `range`, read in place.
    func withBytes<Result>(
        _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws(RequestParseError) -> Result
    ) throws(RequestParseError) -> Result {
        try buffer.withUnsafeBufferPointer { bytes throws(RequestParseError) in try body(UnsafeBufferPointer(rebasing: bytes[range])) }
    }

    mutating func consume(_ n: Int) {
        position += n
        scanFrom = max(scanFrom, position)
    }

    /// Ends the current request: resets for the next one on the same connection.
    mutating func completeRequest() -> Request {
        // Taken, not copied, so the header fields move into the request without a retain and release.
        let h = head.take()!
        let request = Request(
            method: h.method, target: h.target, version: h.version, headers: h.headers, body: body, path: h.path, query: h.query)
        body = []
        phase = .requestLine
        continuePending = false
        return request
    }

    /// Drops consumed bytes so the buffer holds only what is still to parse; a large buffer left empty
    /// is released so that idle keep-alive connections hold almost nothing.
    private mutating func compact() {
        guard position > 0 else { return }
        if position == buffer.count {
            if buffer.capacity > 16 * 1024 { buffer = [] } else { buffer.removeAll(keepingCapacity: true) }
        } else {
            buffer.removeFirst(position)
        }
        scanFrom -= position
        position = 0
    }
}
