import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// What a client sees, through a real socket, when it sends the grammar `GrammarRefusalTests` refuses.
@Suite("Live server: Host, chunk extensions, Expect, percent-encoding and QUERY")
struct LiveGrammarTests {
    /// Sends one request on a fresh connection and reads the answer, checking the parts every refusal shares.
    static func refusal(_ text: String, on server: TestServer, status: Int) throws -> [String: Any] {
        let client = try server.client()
        try client.send(text)
        let r = try client.readResponse()
        #expect(r.status == status)
        #expect(r.headers["Connection"] == "close")
        #expect(r.headers["Content-Type"] == "application/problem+json")
        #expect(try client.waitForClose())
        let json = try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any]
        #expect(json?["status"] as? Int == status)
        return json ?? [:]
    }

    @Test("a Host that breaks the authority grammar is a 400 problem, then the close")
    func badHost() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            for host in ["user@x", "x:abc", "a b", "x, y", "x/evil", "[::1"] {
                let json = try Self.refusal("GET /hello HTTP/1.1\r\nHost: \(host)\r\n\r\n", on: server, status: 400)
                #expect((json["detail"] as? String)?.contains("Host") == true, "\(host)")
            }
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
        }
    }

    @Test("a chunk extension that breaks the grammar is a 400 problem, then the close")
    func badChunkExtension() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            for size in ["5;a=\"bc", "5;=b", "5;a b", "5 "] {
                let head = "POST /hello HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                _ = try Self.refusal(head + size + "\r\nhello\r\n0\r\n\r\n", on: server, status: 400)
            }
        }
    }

    @Test("an Expect other than 100-continue is a 417 problem, then the close")
    func expectationFailed() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let json = try Self.refusal("GET /hello HTTP/1.1\r\nHost: t\r\nExpect: 200-ok\r\n\r\n", on: server, status: 417)
            #expect(json["title"] as? String == "Expectation Failed")
        }
    }

    @Test("a query parameter that does not decode is a 400 naming it, not U+FFFD echoed back")
    func badQueryParameter() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            for (query, name) in [("lang=%FF", "lang"), ("q=%zz", "q"), ("ok=1&%C3=1", "%C3"), ("q=a%", "q")] {
                let json = try Self.refusal("GET /hello?\(query) HTTP/1.1\r\nHost: t\r\n\r\n", on: server, status: 400)
                #expect((json["detail"] as? String)?.contains("'\(name)'") == true, "\(query): \(json)")
                #expect(json["parameter"] as? String == name)
            }
        }
    }

    @Test("a path with a bad escape is a 400 problem, then the close")
    func badPath() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            for path in ["/items/%zz", "/items/%FF", "/items/a%"] {
                _ = try Self.refusal("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n", on: server, status: 400)
            }
        }
    }

    @Test("QUERY is a known method: 405 with Allow, where an unknown token stays 501")
    func queryMethod() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("QUERY /hello HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nq")
            let r = try client.readResponse()
            #expect(r.status == 405)
            #expect(r.headers["Allow"] == "GET, HEAD, OPTIONS")
            #expect(r.headers["Content-Type"] == "application/problem+json")
            try client.send("QUERYX /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 501)
        }
    }
}
