import HTTPCore
import Testing

/// What a drain does to the response it lets finish when that response's head has not started.
@Suite("ResponseWriter.closing")
struct ResponseWriterClosingTests {
    let writer = ResponseWriter(serverName: "test-server")
    let response = Response(contentType: "text/plain", body: Array("hello".utf8))

    func head(_ version: HTTPVersion, keepAlive: Bool) -> [UInt8] {
        writer.serialize(response, method: .get, version: version, keepAlive: keepAlive, requestID: "r", date: "D").head
    }

    @Test("a keep-alive head becomes the head the writer makes for Connection: close")
    func keepAliveHeadCloses() {
        let closing = ResponseWriter.closing(head(.http11, keepAlive: true))
        #expect(String(decoding: closing, as: UTF8.self).hasSuffix("X-Request-Id: r\r\nConnection: close\r\n\r\n"))
        #expect(closing.count == head(.http11, keepAlive: false).count)
    }

    @Test("HTTP/1.0's Connection: keep-alive is replaced, not doubled")
    func http10KeepAliveIsReplaced() {
        #expect(ResponseWriter.closing(head(.http10, keepAlive: true)) == head(.http10, keepAlive: false))
    }

    @Test("a head that already closes, and an interim 100, are left as they are")
    func unchanged() {
        let closing = head(.http11, keepAlive: false)
        #expect(ResponseWriter.closing(closing) == closing)
        let interim = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
        #expect(ResponseWriter.closing(interim) == interim)
    }
}
