import HTTPCore
import HTTPTesting
import Testing

@Suite("Pipelined requests past the back-pressure threshold")
struct PipeliningTests {
    @Test("12 pipelined 50 KB answers then Connection: close: every one arrives, in order, without a stall")
    func largeAnswers() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client(timeout: .seconds(4))
            let requests = (1...12).map { "GET /doc?n=\($0) HTTP/1.1\r\nHost: t\r\n\r\n" }.joined()
            try client.send(requests + "GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            let start = ContinuousClock.now
            for _ in 1...12 {
                let r = try client.readResponse()
                #expect(r.status == 200)
                #expect(r.body.count == TestRoutes.doc.count)
            }
            let last = try client.readResponse()
            #expect(last.text == "hello")
            #expect(last.headers["Connection"] == "close")
            #expect(try client.waitForClose())
            #expect(ContinuousClock.now - start < .seconds(3))
        }
    }
}
