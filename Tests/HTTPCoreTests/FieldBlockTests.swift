import HTTPCore
import Testing

@Suite("FieldBlock")
struct FieldBlockTests {
    let writer = ResponseWriter(serverName: "test-server")
    let date = "Wed, 25 Nov 2026 14:39:06 GMT"

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test("a block holds each field as name, colon, space, value, CRLF, in order")
    func serialization() {
        let block = FieldBlock([("Content-Type", "application/json"), ("ETag", "\"abc-1\"")])
        #expect(text(block.bytes) == "Content-Type: application/json\r\nETag: \"abc-1\"\r\n")
        #expect(block["etag"] == "\"abc-1\"")
        #expect(block["Vary"] == nil)
    }

    @Test("a block drops what the writer would drop: its own framing fields and unsafe ones")
    func sanitised() {
        let block = FieldBlock([
            ("Content-Length", "999"), ("transfer-encoding", "chunked"), ("X-Request-Id", "forged"), ("Date", "then"),
            ("X-Injected", "a\r\nSet-Cookie: x=1"), ("Bad Name", "v"), ("", "empty"), ("X-Fine", "ok"),
        ])
        #expect(text(block.bytes) == "X-Fine: ok\r\n")
        #expect(block.fields.map(\.name) == ["X-Fine"])
    }

    @Test("headers made of blocks read like one list: blocks first, then fields added one by one")
    func lookUpAndOrder() {
        var headers = HTTPHeaders(blocks: [FieldBlock([("A", "1"), ("B", "2")]), FieldBlock([("C", "3")])])
        headers.add("D", "4")
        headers.append(FieldBlock([("E", "5")]))
        #expect(headers.fields.map(\.name) == ["A", "B", "C", "E", "D"])
        #expect(headers.count == 5)
        #expect(headers["c"] == "3" && headers["D"] == "4" && headers.contains("e"))
        #expect(headers.values("B") == ["2"])
    }

    @Test("replacing or removing a field a block holds leaves no trace of the old value")
    func replacingABlockField() {
        var headers = HTTPHeaders(blocks: [FieldBlock([("Vary", "Accept-Encoding"), ("ETag", "\"t\"")])])
        headers.set("Vary", "Accept-Encoding, Origin")
        #expect(headers.values("Vary") == ["Accept-Encoding, Origin"])
        #expect(headers.blocks.isEmpty)
        #expect(headers.fields.map(\.name) == ["ETag", "Vary"])
        headers.remove("etag")
        #expect(headers["ETag"] == nil && headers.count == 1)
    }

    @Test("changing a field no block holds keeps the blocks as they are")
    func blocksSurviveOtherChanges() {
        var headers = HTTPHeaders(blocks: [FieldBlock([("ETag", "\"t\"")])])
        headers.set("X-Content-Version", "v1")
        headers.remove("Link")
        #expect(headers.blocks.count == 1)
        #expect(headers.fields.map(\.name) == ["ETag", "X-Content-Version"])
    }

    @Test("the writer copies blocks as they are, before the fields added one by one")
    func writerSendsBlocks() {
        var headers = HTTPHeaders(blocks: [FieldBlock([("Content-Type", "text/plain"), ("ETag", "\"t\"")])])
        headers.add("X-One", "1")
        headers.add("Content-Length", "7")
        let (head, body) = writer.serialize(
            Response(headers: headers, body: Array("hello".utf8)), method: .get, version: .http11, keepAlive: true, requestID: "r",
            date: date)
        #expect(
            text(head)
                == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nETag: \"t\"\r\nX-One: 1\r\nDate: \(date)\r\nServer: test-server\r\n"
                + "Content-Length: 5\r\nX-Request-Id: r\r\n\r\n")
        #expect(body == Array("hello".utf8))
    }

    @Test("Content-Length is the body's size in decimal, zero included", arguments: [0, 1, 9, 10, 99, 1531, 65_536, 1_000_000])
    func contentLength(size: Int) {
        let (head, _) = writer.serialize(
            Response(body: [UInt8](repeating: 65, count: size)), method: .get, version: .http11, keepAlive: true, requestID: "r",
            date: date)
        #expect(text(head).contains("\r\nContent-Length: \(size)\r\n"))
    }

    @Test("a status line other than 200 names its code and reason")
    func otherStatusLines() {
        for status in [HTTPStatus.notModified, .notFound, .tooManyRequests, HTTPStatus(599, "Custom")] {
            let (head, _) = writer.serialize(
                Response(status: status), method: .get, version: .http11, keepAlive: true, requestID: "r", date: date)
            #expect(text(head).hasPrefix("HTTP/1.1 \(status.code) \(status.reason)\r\n"))
        }
    }
}
