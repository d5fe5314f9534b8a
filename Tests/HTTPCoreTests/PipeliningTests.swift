import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// Clients that pipeline more than the 256 KiB back-pressure threshold of answers and read all along:
/// every request that arrived whole is answered, in order, at full speed (issue 10).
@Suite("Pipelined requests past the back-pressure threshold")
struct PipeliningTests {
    /// Sends `count` pipelined GETs of `path` and one `Connection: close` /hello, then reads them all.
    /// The client's 4 s timeout fails a stall long before the 10 s header timeout would answer 408.
    static func pipeline(_ count: Int, of path: String, bodyBytes: Int, server: TestServer) throws {
        let client = try server.client(timeout: .seconds(4))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n".utf8)
        let requests = (0..<count).reduce(into: [UInt8]()) { bytes, _ in bytes += request }
        try client.send(requests + Array("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".utf8))
        let start = ContinuousClock.now
        for _ in 0..<count {
            let r = try client.readResponse()
            #expect(r.status == 200)
            #expect(r.body.count == bodyBytes)
        }
        let last = try client.readResponse()
        #expect(last.text == "hello")
        #expect(last.headers["Connection"] == "close")
        #expect(try client.waitForClose())
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test("12 pipelined 50 KB answers (openapi.yaml's size), then Connection: close")
    func largeAnswers() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            try Self.pipeline(12, of: "/doc", bodyBytes: TestRoutes.doc.count, server: server)
        }
    }

    @Test("40 pipelined 16 KB answers, then Connection: close")
    func mediumAnswers() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            try Self.pipeline(40, of: "/page", bodyBytes: TestRoutes.page.count, server: server)
        }
    }

    @Test("1,000 pipelined small answers (/healthz's size), then Connection: close")
    func manySmallAnswers() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client(timeout: .seconds(4))
            let request = Array("GET /small HTTP/1.1\r\nHost: t\r\n\r\n".utf8)
            let requests = (0..<1000).reduce(into: [UInt8]()) { bytes, _ in bytes += request }
            let start = ContinuousClock.now
            try client.send(requests + Array("GET /id HTTP/1.1\r\nHost: t\r\nX-Request-Id: last\r\nConnection: close\r\n\r\n".utf8))
            // Read to the close, then count: about 750 KB of answers to 34 KB of requests, past the threshold thrice.
            let text = String(decoding: try client.readToEnd(), as: UTF8.self)
            let heads = text.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
            #expect(heads.count == 1001)
            #expect(heads.allSatisfy { $0 == "200" })
            #expect(text.hasSuffix("\r\n\r\nlast"))
            #expect(ContinuousClock.now - start < .seconds(3))
        }
    }

    @Test(
        "over TLS too: 12 pipelined 50 KB answers, then Connection: close",
        .enabled(if: ExternalCommand.exists("openssl")))
    func overTLS() async throws {
        let folder = try TLSTransportTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pair = try TLSTransportTests.makeCertificate(named: "pipelining", in: folder)
        let context = try TLSContext(TLSConfiguration(certificatePath: pair.cert, privateKeyPath: pair.key))
        try await TestServer.with(
            responder: TestRoutes.router, configure: { $0.makeTransport = { fd in try TLSTransport(fileDescriptor: fd, context: context) } }
        ) { server in
            let requests = String(repeating: "GET /doc HTTP/1.1\r\nHost: t\r\n\r\n", count: 12)
            let start = ContinuousClock.now
            // s_client sends it all, keeps reading after its input ends (-quiet), and exits when the server closes.
            let result = try ExternalCommand.run(
                "timeout", ["8", "openssl", "s_client", "-quiet", "-connect", "127.0.0.1:\(server.port)"],
                input: requests + "GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            let elapsed = ContinuousClock.now - start
            let heads = result.stdout.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix(3) }
            #expect(heads == Array(repeating: "200", count: 13))
            #expect(result.stdout.hasSuffix("hello"))
            #expect(result.stdout.count > 12 * TestRoutes.doc.count)
            #expect(elapsed < .seconds(5))
        }
    }
}
