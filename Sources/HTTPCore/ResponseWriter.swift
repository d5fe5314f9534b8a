/// Serializes a response into a head and a body, ready to be written together with one `writev`.
///
/// The writer owns the framing fields: it drops any `Content-Length`, `Transfer-Encoding`,
/// `Connection`, `Keep-Alive`, `Date`, `Server` or `X-Request-Id` a handler set and writes its own,
/// so a handler cannot desynchronise the connection. A field whose name is not a token or whose value
/// holds CR, LF or another control byte is dropped too, so no header value can inject a response.
/// HEAD, 204 and 304 responses carry no body; `Content-Length` is on every response except 1xx and 204
/// (RFC 9110 §8.6) and 304, where it would describe a representation that is not sent, and except an
/// event stream's (`Response(stream:)`), which is chunked instead (`ResponseWriter+Chunked`).
public struct ResponseWriter: Sendable {
    /// The `Server` field's value.
    public var serverName: String {
        didSet { serverField = Self.serverFieldBytes(serverName) }
    }
    /// `Server: <serverName>\r\n`, serialized once rather than per response.
    private var serverField: [UInt8]

    public init(serverName: String) {
        self.serverName = serverName
        serverField = Self.serverFieldBytes(serverName)
    }

    private static func serverFieldBytes(_ name: String) -> [UInt8] {
        var bytes: [UInt8] = []
        FieldBlock.appendChecked("Server", name, to: &bytes)
        return bytes
    }

    /// The serialized head and the body bytes to send after it (empty when none is sent).
    ///
    /// The head is measured first (every field it may hold) and written into storage of that size in
    /// one pass, so a request costs one allocation for its head and no growth or per-byte checks.
    ///
    /// - Parameters:
    ///   - method: The request's method; nil when the response answers a request that could not be parsed.
    ///   - version: The request's version; HTTP/1.0 keep-alive needs an explicit `Connection: keep-alive`.
    ///   - keepAlive: Whether the connection stays open after this response.
    ///   - date: The `Date` value, an IMF-fixdate (see `HTTPDateCache`).
    public func serialize(
        _ response: Response, method: HTTPMethod?, version: HTTPVersion, keepAlive: Bool, requestID: String, date: String
    ) -> (head: [UInt8], body: [UInt8]) {
        let code = response.status.code
        let bodyAllowed = code >= 200 && code != 204 && code != 304
        let headers = response.headers
        var most = Self.statusLineLength(response.status) + Self.fixedLength + serverField.count
        most += date.utf8.count + requestID.utf8.count
        for block in headers.blocks { most += block.bytes.count }
        for (name, value) in headers.addedFields { most += HeadBuffer.fieldLength(name, value) }
        let head = [UInt8](unsafeUninitializedCapacity: most) { storage, initialized in
            var out = HeadBuffer(storage)
            appendStatusLine(response.status, to: &out)
            // Blocks were checked when they were built (`FieldBlock`); only single fields are checked here.
            for block in headers.blocks { out.append(block.bytes) }
            for (name, value) in headers.addedFields where !FieldBlock.isWriterOwned(name) {
                out.appendChecked(name, value)
            }
            out.append(Self.dateName)
            out.append(date)
            out.appendCRLF()
            out.append(serverField)
            if response.stream != nil {
                // An event stream's length is unknown: chunked on HTTP/1.1, delimited by the close on 1.0.
                if version == .http11 { out.append(Self.chunkedEncoding) }
            } else if bodyAllowed {
                out.append(Self.contentLengthName)
                out.appendDecimal(response.body.count)
                out.appendCRLF()
            }
            if !keepAlive {
                out.append(Self.connectionClose)
            } else if version == .http10 {
                out.append(Self.connectionKeepAlive)
            }
            out.append(Self.requestIDName)
            out.append(requestID)
            out.appendCRLF()
            out.appendCRLF()
            initialized = out.count
        }
        let sendsBody = bodyAllowed && method != .head
        return (head, sendsBody ? response.body : [])
    }

    private static let dateName = Array("Date: ".utf8)
    private static let contentLengthName = Array("Content-Length: ".utf8)
    private static let requestIDName = Array("X-Request-Id: ".utf8)
    private static let connectionClose = Array("Connection: close\r\n".utf8)
    private static let chunkedEncoding = Array("Transfer-Encoding: chunked\r\n".utf8)
    private static let connectionKeepAlive = Array("Connection: keep-alive\r\n".utf8)
    private static let statusLineOK = Array("HTTP/1.1 200 OK\r\n".utf8)

    /// What every head may hold besides its status line, fields, date, server and request id: the
    /// names and line ends of `Date`, `X-Request-Id` and `Content-Length` (with the longest length),
    /// the longest framing field and the empty line.
    private static let fixedLength =
        dateName.count + 2 + requestIDName.count + 2 + contentLengthName.count + HeadBuffer.decimalLength + 2
        + max(connectionClose.count, connectionKeepAlive.count, chunkedEncoding.count) + 2

    /// The status line's length: `HTTP/1.1 `, the three digits, a space, the reason and CRLF.
    private static func statusLineLength(_ status: HTTPStatus) -> Int {
        status == .ok ? statusLineOK.count : 9 + HeadBuffer.decimalLength + 1 + status.reason.utf8.count + 2
    }

    /// `HTTP/1.1 200 OK\r\n`; the usual one is kept as bytes, as nearly every response sends it.
    private func appendStatusLine(_ status: HTTPStatus, to out: inout HeadBuffer) {
        if status == .ok {
            out.append(Self.statusLineOK)
            return
        }
        out.append("HTTP/1.1 ")
        out.appendDecimal(status.code)
        out.append(byte: 0x20)
        out.append(status.reason)
        out.appendCRLF()
    }
}
