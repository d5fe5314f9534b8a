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
        var head: [UInt8] = []
        head.reserveCapacity(1024)
        appendStatusLine(response.status, to: &head)
        // Blocks were checked when they were built (`FieldBlock`); only single fields are checked here.
        for block in response.headers.blocks { head.append(contentsOf: block.bytes) }
        for (name, value) in response.headers.addedFields where !FieldBlock.isWriterOwned(name) {
            FieldBlock.appendChecked(name, value, to: &head)
        }
        append(Self.dateName, date, to: &head)
        head.append(contentsOf: serverField)
        if response.stream != nil {
            // An event stream's length is unknown: chunked on HTTP/1.1, delimited by the close on 1.0.
            if version == .http11 { head.append(contentsOf: Self.chunkedEncoding) }
        } else if bodyAllowed {
            head.append(contentsOf: Self.contentLengthName)
            appendDecimal(response.body.count, to: &head)
            head.append(contentsOf: Self.crlf)
        }
        if !keepAlive {
            head.append(contentsOf: Self.connectionClose)
        } else if version == .http10 {
            head.append(contentsOf: Self.connectionKeepAlive)
        }
        append(Self.requestIDName, requestID, to: &head)
        head.append(contentsOf: Self.crlf)
        let sendsBody = bodyAllowed && method != .head
        return (head, sendsBody ? response.body : [])
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]
    private static let dateName = Array("Date: ".utf8)
    private static let contentLengthName = Array("Content-Length: ".utf8)
    private static let requestIDName = Array("X-Request-Id: ".utf8)
    private static let connectionClose = Array("Connection: close\r\n".utf8)
    private static let chunkedEncoding = Array("Transfer-Encoding: chunked\r\n".utf8)
    private static let connectionKeepAlive = Array("Connection: keep-alive\r\n".utf8)
    private static let statusLineOK = Array("HTTP/1.1 200 OK\r\n".utf8)

    /// `HTTP/1.1 200 OK\r\n`; the usual one is kept as bytes, as nearly every response sends it.
    private func appendStatusLine(_ status: HTTPStatus, to out: inout [UInt8]) {
        if status == .ok {
            out.append(contentsOf: Self.statusLineOK)
            return
        }
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(status.code, to: &out)
        out.append(0x20)
        out.append(contentsOf: status.reason.utf8)
        out.append(contentsOf: Self.crlf)
    }

    /// Appends a field whose name is a constant of the writer's and whose value it produced itself.
    private func append(_ name: [UInt8], _ value: String, to out: inout [UInt8]) {
        out.append(contentsOf: name)
        // The value's bytes copied in one go: appending the UTF-8 view walked it byte by byte.
        var value = value
        value.withUTF8 { out.append(contentsOf: $0) }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Appends a non-negative integer in decimal without building a string.
    private func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        let n = max(n, 0)
        var divisor = 1
        while divisor <= n / 10 { divisor *= 10 }
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }
}
