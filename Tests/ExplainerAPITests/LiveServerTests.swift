import ExplainerAPI
import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// The API through the real accept loop on 127.0.0.1:0, with a raw client and with curl.
@Suite struct LiveServerTests {
    @Test func headHasTheGetHeadersAndNoBody() async throws {
        try await TestServer.with(responder: APIFixture.responder) { server in
            let client = try server.client()
            defer { client.close() }
            try client.send("GET /v1/sections/research-shows HTTP/1.1\r\nHost: x\r\n\r\n")
            let get = try client.readResponse()
            try client.send("HEAD /v1/sections/research-shows HTTP/1.1\r\nHost: x\r\n\r\n")
            let head = try client.readResponse(head: true)
            #expect(get.status == 200 && head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["Content-Length"] == String(get.body.count))
            #expect(head.headers["ETag"] == get.headers["ETag"])
            #expect(head.headers["X-Request-Id"] != nil)
        }
    }

    @Test func curlCompressedRoundTripAndConditionalGet() async throws {
        guard ExternalCommand.exists("curl") else { return }
        try await TestServer.with(responder: APIFixture.responder) { server in
            let url = server.url + "/v1/sections/research-shows"
            let plain = try ExternalCommand.run("curl", ["-sS", url])
            let compressed = try ExternalCommand.run("curl", ["-sS", "--compressed", "-D", "-", "-o", "/dev/null", url])
            #expect(compressed.stdout.lowercased().contains("content-encoding: gzip"))
            let decoded = try ExternalCommand.run("curl", ["-sS", "--compressed", url])
            #expect(decoded.stdout == plain.stdout)
            let tagLine = try ExternalCommand.run("curl", ["-sS", "-D", "-", "-o", "/dev/null", url]).stdout
                .split(separator: "\r\n").first { $0.lowercased().hasPrefix("etag:") }
            let tag = try #require(tagLine).split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
            let status = try ExternalCommand.run(
                "curl", ["-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H", "If-None-Match: \(tag)", url])
            #expect(status.stdout == "304")
        }
    }
}
