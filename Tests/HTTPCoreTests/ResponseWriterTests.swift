import HTTPCore
import Testing

@Suite("ResponseWriter")
struct ResponseWriterTests {
    let writer = ResponseWriter(serverName: "test-server")
    let date = "Wed, 25 Nov 2026 14:39:06 GMT"

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("a response carries Date, Server, Content-Length and X-Request-Id, and its body")
    func basics() {
        let response = Response(contentType: "application/json", body: Array("{}".utf8))
        let (head, body) = writer.serialize(response, method: .get, version: .http11, keepAlive: true, requestID: "r1", date: date)
        #expect(
            text(head)
                == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: \(date)\r\nServer: test-server\r\nContent-Length: 2\r\nX-Request-Id: r1\r\n\r\n"
        )
        #expect(body == Array("{}".utf8))
    }

    @Test("HEAD gets the GET headers, Content-Length included, and no body")
    func head() {
        let response = Response(contentType: "text/plain", body: Array("hello".utf8))
        let (head, body) = writer.serialize(response, method: .head, version: .http11, keepAlive: true, requestID: "r", date: date)
        #expect(text(head).contains("Content-Length: 5\r\n"))
        #expect(body.isEmpty)
    }

    @Test("204 and 304 carry neither body nor Content-Length")
    func noBody() {
        for status in [HTTPStatus.noContent, .notModified] {
            let (head, body) = writer.serialize(
                Response(status: status, body: [1, 2]), method: .get, version: .http11, keepAlive: true, requestID: "r", date: date)
            #expect(!text(head).contains("Content-Length"))
            #expect(body.isEmpty)
        }
    }

    @Test("closing and HTTP/1.0 keep-alive are announced in Connection")
    func connection() {
        let r = Response(body: [])
        let close = writer.serialize(r, method: .get, version: .http11, keepAlive: false, requestID: "r", date: date).head
        #expect(text(close).contains("Connection: close\r\n"))
        let keep10 = writer.serialize(r, method: .get, version: .http10, keepAlive: true, requestID: "r", date: date).head
        #expect(text(keep10).contains("Connection: keep-alive\r\n"))
        let keep11 = writer.serialize(r, method: .get, version: .http11, keepAlive: true, requestID: "r", date: date).head
        #expect(!text(keep11).contains("Connection:"))
    }

    @Test("framing fields from a handler are replaced and unsafe fields dropped")
    func sanitised() {
        var headers = HTTPHeaders()
        headers.add("Content-Length", "999")
        headers.add("Transfer-Encoding", "chunked")
        headers.add("X-Injected", "a\r\nSet-Cookie: x=1")
        headers.add("Bad Name", "v")
        headers.add("X-Fine", "ok")
        let (head, _) = writer.serialize(
            Response(headers: headers, body: [65]), method: .get, version: .http11, keepAlive: true, requestID: "r", date: date)
        let s = text(head)
        #expect(s.contains("Content-Length: 1\r\n"))
        #expect(!s.contains("999"))
        #expect(!s.contains("Transfer-Encoding"))
        #expect(!s.contains("Set-Cookie"))
        #expect(!s.contains("Bad Name"))
        #expect(s.contains("X-Fine: ok\r\n"))
    }

    @Test("the Date value is an IMF-fixdate")
    func dateFormat() {
        #expect(HTTPDateCache.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        var cache = HTTPDateCache()
        #expect(cache.value(at: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    @Test("request ids: sane client ids are kept, others replaced")
    func requestIDs() {
        var ids = RequestID()
        #expect(ids.id(for: "abc-DEF_1.2") == "abc-DEF_1.2")
        #expect(ids.id(for: String(repeating: "a", count: 128)) == String(repeating: "a", count: 128))
        #expect(ids.id(for: String(repeating: "a", count: 129)) != String(repeating: "a", count: 129))
        #expect(ids.id(for: "a b") != "a b")
        #expect(ids.id(for: "") != "")
        #expect(ids.id(for: "\"><script>") != "\"><script>")
        #expect(ids.next() != ids.next())
    }

    @Test("access log lines are JSON with the agreed fields")
    func accessLogLine() {
        let entry = RequestLog(
            unixMicroseconds: 784_111_777_123_456, method: "GET", path: "/a\"b", status: 200, bytes: 12, durationMicroseconds: 34,
            requestID: "id1", clientAddress: "127.0.0.1")
        #expect(
            String(decoding: AccessLog.line(entry), as: UTF8.self)
                == "{\"time\":\"1994-11-06T08:49:37.123456Z\",\"method\":\"GET\",\"path\":\"/a\\\"b\",\"status\":200,\"bytes\":12,\"duration_us\":34,\"request_id\":\"id1\",\"client\":\"127.0.0.1\"}\n"
        )
    }
}
