import Dispatch
import Glibc
import HTTPCore
import HTTPTesting
import Testing

/// Routes whose answers come later from a worker pool, as the embedding model's will.
struct DeferredRoutes: Sendable {
    let pool: WorkerPool
    /// Signalled by each job as it starts, so a test knows the pool is busy.
    let started = DispatchSemaphore(value: 0)

    init(threads: Int = 1, queueLimit: Int = 4) {
        pool = WorkerPool(threads: threads, queueLimit: queueLimit, name: "test-worker")
    }

    var router: Router {
        var r = TestRoutes.router
        let pool = pool
        let started = started
        // The work sleeps off the loop; a full pool answers at once another way (as search falls back to lexical).
        r.get("/later/{ms}") { request in
            let ms = UInt32(request.pathParameters["ms"]!)!
            do {
                return try pool.submit {
                    started.signal()
                    usleep(ms * 1000)
                    return Response(contentType: "text/plain", body: Array("later \(ms)".utf8))
                }
            } catch {
                return Response(contentType: "text/plain", body: Array("at once (\(error))".utf8))
            }
        }
        return r
    }
}

/// Wraps a responder and decorates every answer through `map`, as an outer envelope responder does.
struct Decorating: Responder {
    let inner: any Responder
    func respond(to request: Request) -> Response {
        inner.respond(to: request).map { response in
            var decorated = response
            decorated.headers.set("X-Envelope", "yes")
            return decorated
        }
    }
}

@Suite("Answers that come later, from a worker pool")
struct DeferredAnswerTests {
    @Test("a 200 ms deferred answer does not delay other connections on the same loop")
    func otherConnectionsGoOn() async throws {
        let routes = DeferredRoutes()
        defer { routes.pool.shutdown() }
        try await TestServer.with(responder: routes.router, configure: { $0.threads = 1 }) { server in
            let slow = try server.client()
            let sent = ContinuousClock.now
            try slow.send("GET /later/200 HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(routes.started.wait(timeout: .now() + 20) == .success)
            let quick = try server.client()
            for _ in 0..<5 {
                let start = ContinuousClock.now
                try quick.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
                #expect(try quick.readResponse().text == "hello")
                #expect(ContinuousClock.now - start < .milliseconds(150))
            }
            let answer = try slow.readResponse()
            #expect(answer.text == "later 200")
            #expect(ContinuousClock.now - sent >= .milliseconds(200))
        }
    }

    @Test("pipelined answers keep their order around a deferred one, and an outer map decorates it")
    func pipelinedOrder() async throws {
        let routes = DeferredRoutes()
        defer { routes.pool.shutdown() }
        try await TestServer.with(responder: Decorating(inner: routes.router)) { server in
            let client = try server.client()
            try client.send(
                "GET /items/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /later/100 HTTP/1.1\r\nHost: t\r\n\r\n"
                    + "GET /items/3 HTTP/1.1\r\nHost: t\r\n\r\nGET /later/10 HTTP/1.1\r\nHost: t\r\n\r\nGET /items/5 HTTP/1.1\r\nHost: t\r\n\r\n"
            )
            let texts = try (0..<5).map { _ in try client.readResponse() }
            #expect(texts.map(\.text) == ["item 1", "later 100", "item 3", "later 10", "item 5"])
            #expect(texts.allSatisfy { $0.headers["X-Envelope"] == "yes" })
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
        }
    }

    @Test("a full pool refuses at once, and the handler answers another way without waiting")
    func fullPoolRefuses() async throws {
        let routes = DeferredRoutes(threads: 1, queueLimit: 0)
        defer { routes.pool.shutdown() }
        #expect(throws: WorkerPoolError.full) {
            _ = try (0..<2).map { _ in
                try routes.pool.submit {
                    usleep(300_000); return Response()
                }
            }
        }
        #expect(routes.started.wait(timeout: .now() + 0) == .timedOut)
        try await TestServer.with(responder: routes.router) { server in
            while routes.pool.inFlight > 0 { try await Task.sleep(for: .milliseconds(10)) }
            let busy = try server.client()
            try busy.send("GET /later/300 HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(routes.started.wait(timeout: .now() + 20) == .success)
            let other = try server.client()
            let start = ContinuousClock.now
            try other.send("GET /later/300 HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try other.readResponse().text == "at once (full)")
            #expect(ContinuousClock.now - start < .milliseconds(150))
            #expect(try busy.readResponse().text == "later 300")
        }
    }

    @Test("a drain waits for a pending answer and sends it with Connection: close")
    func drainWaits() async throws {
        let routes = DeferredRoutes()
        defer { routes.pool.shutdown() }
        let server = try TestServer(responder: routes.router) { $0.threads = 1 }
        defer { server.stop() }
        try await withTimeout(.seconds(20)) {
            let client = try server.client()
            try client.send("GET /later/300 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(routes.started.wait(timeout: .now() + 20) == .success)
            server.server.beginDrain()
            let r = try client.readResponse()
            #expect(r.text == "later 300")
            #expect(r.headers["Connection"] == "close")
            #expect(try client.waitForClose())
            server.server.waitUntilStopped()
        }
    }

    @Test("a peer that leaves while its answer is pending is closed and dropped cleanly, and the loop goes on")
    func peerLeaves() async throws {
        let routes = DeferredRoutes()
        defer { routes.pool.shutdown() }
        let metrics = ServerMetrics()
        try await TestServer.with(
            responder: routes.router,
            configure: { config in
                config.threads = 1
                config.makeTransport = { fd in ObservedTransport(SocketTransport(fileDescriptor: fd), metrics: metrics) }
            }
        ) { server in
            for _ in 0..<5 {
                let gone = try server.client()
                try gone.send("GET /later/50 HTTP/1.1\r\nHost: t\r\n\r\n")
                #expect(routes.started.wait(timeout: .now() + 20) == .success)
                gone.close()
            }
            // Every connection whose answer came after its peer left is closed: none is kept open.
            let deadline = ContinuousClock.now + .seconds(10)
            while metrics.registry.value("http_open_connections") != 0, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(metrics.registry.value("http_open_connections") == 0)
            let client = try server.client()
            try client.send("GET /later/1 HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "later 1")
        }
    }
}
