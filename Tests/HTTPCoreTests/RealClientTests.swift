import HTTPCore
import HTTPTesting
import Testing

@Suite("Real clients: curl and Python's http.client")
struct RealClientTests {
    @Test("curl reuses one keep-alive connection for two requests", .enabled(if: ExternalCommand.exists("curl")))
    func curlKeepAlive() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let result = try ExternalCommand.run("curl", ["-sS", "-v", "\(server.url)/hello", "\(server.url)/items/2"])
            #expect(result.status == 0)
            #expect(result.stdout == "helloitem 2")
            #expect(result.stderr.contains("Re-using existing connection"))
        }
    }

    @Test("curl --http1.0 gets an answer and the connection closed", .enabled(if: ExternalCommand.exists("curl")))
    func curlHTTP10() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let result = try ExternalCommand.run("curl", ["-sS", "-i", "--http1.0", "\(server.url)/hello"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(result.stdout.contains("Connection: close\r\n"))
            #expect(result.stdout.hasSuffix("\r\n\r\nhello"))
        }
    }

    @Test("curl -I gets HEAD's headers with the GET's length", .enabled(if: ExternalCommand.exists("curl")))
    func curlHead() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let result = try ExternalCommand.run("curl", ["-sS", "-I", "\(server.url)/hello"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Content-Length: 5\r\n"))
            #expect(result.stdout.contains("X-Request-Id: "))
        }
    }

    @Test("python http.client: keep-alive on one socket, HEAD, 405", .enabled(if: ExternalCommand.exists("python3")))
    func python() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let script = """
                import http.client, sys
                c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=5)
                c.request("GET", "/hello"); r = c.getresponse(); body = r.read(); sock = c.sock
                assert r.status == 200 and body == b"hello", (r.status, body)
                c.request("HEAD", "/hello"); r = c.getresponse(); assert r.read() == b"" and r.getheader("Content-Length") == "5"
                assert c.sock is sock, "connection was not reused"
                c.request("POST", "/hello", body=b"x" * 100); r = c.getresponse(); r.read()
                assert r.status == 405 and r.getheader("Allow") == "GET, HEAD, OPTIONS", r.status
                assert r.getheader("Content-Type") == "application/problem+json"
                c.request("GET", "/items/9"); r = c.getresponse(); assert r.read() == b"item 9"
                assert c.sock is sock, "connection was not reused after the 405"
                print("ok")
                """
            let result = try ExternalCommand.run("python3", ["-c", script, String(server.port)])
            #expect(result.stderr == "")
            #expect(result.stdout == "ok\n")
        }
    }
}
