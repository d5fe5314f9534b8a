import Dispatch
import Foundation
import HTTPCore
import HTTPTesting
import Testing

@Suite("Live server on 127.0.0.1:0")
struct LiveServerTests {
    let get = "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"

    @Test("keep-alive: several requests on one connection")
    func keepAlive() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            for _ in 0..<5 {
                try client.send(get)
                let r = try client.readResponse()
                #expect(r.status == 200)
                #expect(r.text == "hello")
                #expect(r.headers["Connection"] == nil)
                #expect(r.headers["Content-Length"] == "5")
                #expect(r.headers["Server"] == "HTTPCore")
                #expect(r.headers["Date"]?.hasSuffix(" GMT") == true)
            }
        }
    }

    @Test("pipelined requests are answered in order")
    func pipelining() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            let ids = Array(1...20)
            try client.send(ids.map { "GET /items/\($0) HTTP/1.1\r\nHost: t\r\n\r\n" }.joined())
            for id in ids { #expect(try client.readResponse().text == "item \(id)") }
        }
    }

    @Test("HTTP/1.0 closes by default and keeps alive when asked")
    func http10() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let plain = try server.client()
            try plain.send("GET /hello HTTP/1.0\r\n\r\n")
            let r = try plain.readResponse()
            #expect(r.status == 200)
            #expect(r.headers["Connection"] == "close")
            #expect(try plain.waitForClose())

            let kept = try server.client()
            for _ in 0..<2 {
                try kept.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                let k = try kept.readResponse()
                #expect(k.headers["Connection"] == "keep-alive")
                #expect(k.text == "hello")
            }
        }
    }

    @Test("Connection: close is honoured")
    func connectionClose() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse().headers["Connection"] == "close")
            #expect(try client.waitForClose())
        }
    }

    @Test("HEAD gets headers and no body, and the connection stays in sync")
    func head() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let r = try client.readResponse(head: true)
            #expect(r.status == 200)
            #expect(r.headers["Content-Length"] == "5")
            try client.send(get)
            #expect(try client.readResponse().text == "hello")
        }
    }

    @Test("405 with Allow for a known method, 501 for an unknown one, OPTIONS 204")
    func methods() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let r405 = try client.readResponse()
            #expect(r405.status == 405)
            #expect(r405.headers["Allow"] == "GET, HEAD, OPTIONS")
            #expect(r405.headers["Content-Type"] == "application/problem+json")
            try client.send("BREW /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 501)
            try client.send("OPTIONS /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let options = try client.readResponse()
            #expect(options.status == 204)
            #expect(options.headers["Allow"] == "GET, HEAD, OPTIONS")
        }
    }

    @Test("a handler's own failure is a 500 problem without internal text")
    func internalError() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /fails HTTP/1.1\r\nHost: t\r\n\r\n")
            let r = try client.readResponse()
            #expect(r.status == 500)
            #expect(!r.text.contains("CancellationError"))
        }
    }

    @Test("a malformed request gets a problem+json 400 with Connection: close, then the close")
    func malformed() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
            let r = try client.readResponse()
            #expect(r.status == 400)
            #expect(r.headers["Connection"] == "close")
            #expect(r.headers["Content-Type"] == "application/problem+json")
            #expect(r.headers["X-Request-Id"] != nil)
            let json = try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any]
            #expect(json?["status"] as? Int == 400)
            #expect(json?["type"] as? String == "/problems/bad-request")
            #expect(try client.waitForClose())
        }
    }

    @Test("a response already queued is sent before a later malformed request's 400")
    func errorAfterPipelined() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send(get + "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
            #expect(try client.readResponse().status == 400)
            #expect(try client.waitForClose())
        }
    }

    @Test("X-Request-Id: a sane client id is echoed, otherwise one is generated")
    func requestID() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /id HTTP/1.1\r\nHost: t\r\nX-Request-Id: my-id.1\r\n\r\n")
            let echoed = try client.readResponse()
            #expect(echoed.headers["X-Request-Id"] == "my-id.1")
            #expect(echoed.text == "my-id.1")
            try client.send("GET /id HTTP/1.1\r\nHost: t\r\nX-Request-Id: bad id<script>\r\n\r\n")
            let generated = try client.readResponse()
            let id = try #require(generated.headers["X-Request-Id"])
            #expect(id != "bad id<script>")
            #expect(RequestID.isSane(id))
            #expect(generated.text == id)
        }
    }

    @Test("a request body is read and discarded, chunked too, and the connection reused; past the limit 413")
    func bodies() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n0123456789")
            #expect(try client.readResponse().text == "hello")
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 70000\r\n\r\n" + String(repeating: "a", count: 70000))
            let tooLarge = try client.readResponse()
            #expect(tooLarge.status == 413)
            #expect(tooLarge.headers["Connection"] == "close")
        }
    }

    @Test("a large response is written whole across partial writes")
    func largeResponse() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            // Three 4 MiB answers pipelined: the server stops parsing once 256 KiB are queued and resumes as they drain.
            try client.send(String(repeating: "GET /big HTTP/1.1\r\nHost: t\r\n\r\n", count: 3) + get)
            for _ in 0..<3 { #expect(try client.readResponse().body == TestRoutes.big) }
            #expect(try client.readResponse().text == "hello")
        }
    }

    @Test("many concurrent clients are all answered")
    func concurrentClients() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            try await withThrowingTaskGroup(of: Int.self) { group in
                for c in 0..<16 {
                    group.addTask {
                        let client = try server.client()
                        var ok = 0
                        for i in 0..<25 {
                            try client.send("GET /items/\(c)-\(i) HTTP/1.1\r\nHost: t\r\n\r\n")
                            if try client.readResponse().text == "item \(c)-\(i)" { ok += 1 }
                        }
                        return ok
                    }
                }
                var total = 0
                for try await ok in group { total += ok }
                #expect(total == 16 * 25)
            }
        }
    }

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleTimeout() async throws {
        try await TestServer.with(responder: TestRoutes.router, configure: { $0.timeouts.idle = .milliseconds(300) }) { server in
            let client = try server.client()
            try client.send(get)
            _ = try client.readResponse()
            let start = ContinuousClock.now
            #expect(try client.waitForClose())
            let waited = ContinuousClock.now - start
            #expect(waited >= .milliseconds(250))
            #expect(waited < .seconds(3))
        }
    }

    @Test("a head that does not arrive in time gets 408 and the close")
    func headerTimeout() async throws {
        try await TestServer.with(responder: TestRoutes.router, configure: { $0.timeouts.header = .milliseconds(300) }) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n")
            let r = try client.readResponse()
            #expect(r.status == 408)
            #expect(r.headers["Connection"] == "close")
            #expect(try client.waitForClose())
            // A connection that sends nothing is closed without a response.
            let silent = try server.client()
            #expect(try silent.waitForClose())
        }
    }

    @Test("a client that does not read its response is disconnected after the write timeout")
    func writeTimeout() async throws {
        let closedAt = Locked<ContinuousClock.Instant?>(nil)
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: { config in
                config.timeouts.write = .milliseconds(300)
                config.makeTransport = { fd in
                    CloseObservingTransport(fileDescriptor: fd) { closedAt.withLock { $0 = $0 ?? .now } }
                }
            }
        ) { server in
            let client = try server.client()
            let sent = ContinuousClock.now
            try client.send("GET /huge HTTP/1.1\r\nHost: t\r\n\r\n")
            // Reads nothing until the server gives up. Waiting for its close, not a fixed sleep, keeps this
            // right on a loaded machine: a client that started reading early would be a live reader, served in full.
            while closedAt.value == nil, ContinuousClock.now - sent < .seconds(20) { try await Task.sleep(for: .milliseconds(20)) }
            let closed = try #require(closedAt.value, "the server never closed the stalled connection")
            #expect(closed - sent >= .milliseconds(300))
            // Once closed, only what the kernels had buffered arrives, then the end: far from the 64 MiB response.
            let received = try client.readToEnd()
            #expect(received.starts(with: Array("HTTP/1.1 200".utf8)))
            #expect(received.count < TestRoutes.huge.count / 2)
            let other = try server.client()
            try other.send(get)
            #expect(try other.readResponse().text == "hello")
        }
    }

    @Test("a client that disconnects mid-request does not disturb the server")
    func disconnectMidRequest() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            for _ in 0..<10 {
                let client = try server.client()
                try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc")
                client.close()
            }
            let gone = try server.client()
            try gone.send("GET /big HTTP/1.1\r\nHost: t\r\n\r\n")
            gone.close()  // Leaves mid-response: the server's write fails and it closes the connection.
            let client = try server.client()
            try client.send(get)
            #expect(try client.readResponse().text == "hello")
        }
    }

    @Test("past the connection cap a connection is accepted and closed at once")
    func connectionCap() async throws {
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: {
                $0.limits.connections = 2; $0.threads = 1
            }
        ) { server in
            let a = try server.client()
            let b = try server.client()
            try a.send(get)
            _ = try a.readResponse()
            try b.send(get)
            _ = try b.readResponse()
            let c = try server.client()
            #expect(try c.waitForClose())
            a.close()
            // Once the server has seen the close, a slot is free again.
            var served = false
            for _ in 0..<50 where !served {
                try await Task.sleep(for: .milliseconds(50))
                let d = try server.client()
                try d.send(get)
                served = (try? d.readResponse().text) == "hello"
            }
            #expect(served)
        }
    }

    @Test("every answered request reaches the observation hook")
    func observationHook() async throws {
        let seen = Locked<[RequestLog]>([])
        try await TestServer.with(
            responder: TestRoutes.router, configure: { config in config.onResponse = { log in seen.withLock { $0.append(log) } } }
        ) { server in
            let client = try server.client()
            try client.send("GET /items/7?x=1 HTTP/1.1\r\nHost: t\r\nX-Request-Id: obs-1\r\n\r\n")
            _ = try client.readResponse()
        }
        let log = try #require(seen.value.first)
        #expect(log.method == "GET")
        #expect(log.path == "/items/7")
        #expect(log.status == 200)
        #expect(log.bytes == 6)
        #expect(log.requestID == "obs-1")
        #expect(log.clientAddress == "127.0.0.1")
        #expect(log.durationMicroseconds >= 0)
    }

    @Test("a drain lets the in-flight response finish, then stops")
    func drainFinishesInFlight() async throws {
        let server = try TestServer(responder: TestRoutes.router) { $0.threads = 1 }
        defer { server.stop() }
        try await withTimeout(.seconds(20)) {
            let busy = try server.client()
            let idle = try server.client()
            try idle.send(get)
            _ = try idle.readResponse()
            try busy.send("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(TestRoutes.slowStarted.wait(timeout: .now() + 10) == .success)
            server.server.beginDrain()
            #expect(server.server.lifecycle.isDraining)
            let r = try busy.readResponse()
            #expect(r.text == "slow")
            #expect(r.headers["Connection"] == "close")
            #expect(try idle.waitForClose())
            server.server.waitUntilStopped()
            #expect(server.server.lifecycle.current == .stopped)
            #expect(throws: (any Error).self) { try server.client() }
        }
    }

    @Test("a second server cannot silently share a port that is in use")
    func portInUse() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let second = Server(
                configuration: ServerConfiguration(host: "127.0.0.1", port: server.port, threads: 2), responder: TestRoutes.router)
            #expect(throws: SystemError.self) { try second.start() }
        }
    }

    @Test("Expect: 100-continue gets an interim 100, then the final answer once the body is in")
    func expectContinue() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
            let interim = try client.readResponse()
            #expect(interim.status == 100)
            try client.send("12345")
            #expect(try client.readResponse().text == "hello")
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 70000\r\n\r\n")
            #expect(try client.readResponse().status == 413)
        }
    }
}
