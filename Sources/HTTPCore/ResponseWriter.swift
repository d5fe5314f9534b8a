/// Serializes a response into a head and a body, ready to be written together with one `writev`.
///
/// The writer owns the framing fields: it drops any `Content-Length`, `Transfer-Encoding`,
/// `Connection`, `Keep-Alive`, `Date`, `Server` or `X-Request-Id` a handler set and writes its own,
/// so a handler cannot desynchronise the connection. A field whose name is not a token or whose value
/// holds CR, LF or another control byte is dropped too, so no header value can inject a response.
/// HEAD, 204 and 304 responses carry no body; `Content-Length` is on every response except 1xx and 204
/// (RFC 9110 §8.6) and 304, where it would describe a representation that is not sent.
public struct ResponseWriter: Sendable {
    /// The `Server` field's value.
    public var serverName: String

    public init(serverName: String = "explainer-server") {
        self.serverName = serverName
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
        head.reserveCapacity(512)
        append("HTTP/1.1 ", to: &head)
        append(String(code), to: &head)
        head.append(0x20)
        append(response.status.reason, to: &head)
        head.append(contentsOf: [0x0D, 0x0A])
        for (name, value) in response.headers where !Self.isOwned(name) {
            appendCheckedField(name, value, to: &head)
        }
        appendField("Date", date, to: &head)
        appendField("Server", serverName, to: &head)
        if bodyAllowed { appendField("Content-Length", String(response.body.count), to: &head) }
        if !keepAlive {
            appendField("Connection", "close", to: &head)
        } else if version == .http10 {
            appendField("Connection", "keep-alive", to: &head)
        }
        appendField("X-Request-Id", requestID, to: &head)
        head.append(contentsOf: [0x0D, 0x0A])
        let sendsBody = bodyAllowed && method != .head
        return (head, sendsBody ? response.body : [])
    }

    /// Whether the writer sets this field itself; compared without allocating, as it runs per field.
    private static func isOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: name.asciiCaseInsensitiveEquals("date")
        case 6: name.asciiCaseInsensitiveEquals("server")
        case 10: name.asciiCaseInsensitiveEquals("connection") || name.asciiCaseInsensitiveEquals("keep-alive")
        case 12: name.asciiCaseInsensitiveEquals("x-request-id")
        case 14: name.asciiCaseInsensitiveEquals("content-length")
        case 17: name.asciiCaseInsensitiveEquals("transfer-encoding")
        default: false
        }
    }

    /// Appends a handler's field unless its name is not a token or its value holds a byte a field
    /// value may not; checks and copies each string's UTF-8 in one borrow, as this runs per field.
    private func appendCheckedField(_ name: String, _ value: String, to out: inout [UInt8]) {
        var name = name, value = value
        name.withUTF8 { nameBytes in
            value.withUTF8 { valueBytes in
                guard !nameBytes.isEmpty, nameBytes.allSatisfy(HTTPSyntax.isTokenChar),
                    valueBytes.allSatisfy(HTTPSyntax.isFieldValueChar)
                else { return }
                out.append(contentsOf: nameBytes)
                out.append(UInt8(ascii: ":"))
                out.append(0x20)
                out.append(contentsOf: valueBytes)
                out.append(0x0D)
                out.append(0x0A)
            }
        }
    }

    private func appendField(_ name: String, _ value: String, to out: inout [UInt8]) {
        append(name, to: &out)
        out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
        append(value, to: &out)
        out.append(contentsOf: [0x0D, 0x0A])
    }

    private func append(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }
}
