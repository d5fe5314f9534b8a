import Glibc
import HTTPCore
import HTTPTesting
import Testing

/// A route that answers every GET with a new event stream and hands the stream to the test.
final class StreamRoutes: Sendable {
    let registry: EventStreamRegistry
    let opened = Locked<[EventStream]>([])

    init(registry: EventStreamRegistry) { self.registry = registry }

    var router: Router {
        var r = Router()
        r.get("/events") { [self] _ in
            guard let stream = registry.open(closingEvent: ServerSentEvent.message(Array("bye".utf8))) else {
                return Response(status: HTTPStatus(503, "Service Unavailable"), contentType: "text/plain", body: Array("full".utf8))
            }
            stream.send(ServerSentEvent.message(Array("hello".utf8)))
            opened.withLock { $0.append(stream) }
            return Response(stream: stream)
        }
        r.get("/hello") { _ in Response(contentType: "text/plain", body: Array("hello".utf8)) }
        return r
    }

    /// The `n`th stream opened (from 1), waiting for it up to two seconds.
    func stream(_ n: Int = 1) throws -> EventStream {
        for _ in 0..<200 {
            if let stream = opened.withLock({ $0.count >= n ? $0[n - 1] : nil }) { return stream }
            usleep(10_000)
        }
        throw RawClientError.timedOut
    }

    /// Waits up to five seconds for `condition`.
    static func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }
}

@Suite("Event streams through a real socket")
struct EventStreamLiveTests {
    let request = "GET /events HTTP/1.1\r\nHost: t\r\n\r\n"

    @Test("an event stream is chunked text/event-stream that closes the connection; events sent later arrive, and finishing ends it")
    func pushAndFinish() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry())
        try await TestServer.with(responder: routes.router) { server in
            let client = try server.client()
            try client.send(request)
            let head = try client.readResponse(head: true)
            #expect(head.status == 200)
            #expect(head.headers["Content-Type"] == "text/event-stream")
            #expect(head.headers["Transfer-Encoding"] == "chunked")
            #expect(head.headers["Content-Length"] == nil)
            #expect(head.headers["Connection"] == "close")
            #expect(head.headers["X-Accel-Buffering"] == "no")
            #expect(try client.read(through: "\n\n\r\n") == "d\r\ndata: hello\n\n\r\n")
            let stream = try routes.stream()
            // From another thread than the loop's, as an application's reload would.
            #expect(stream.send(ServerSentEvent.message(Array("{\"n\":1}".utf8))))
            #expect(try client.read(through: "\n\n\r\n") == "f\r\ndata: {\"n\":1}\n\n\r\n")
            stream.finish(lastEvent: ServerSentEvent.message(Array("last".utf8)))
            #expect(String(decoding: try client.readToEnd(), as: UTF8.self) == "c\r\ndata: last\n\n\r\n0\r\n\r\n")
            #expect(StreamRoutes.eventually { routes.registry.snapshot.open == 0 })
            #expect(routes.registry.snapshot.ended["finished"] == 1)
        }
    }

    @Test("the client's close ends the stream, frees its place and refuses later sends")
    func clientCloses() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry(limit: 1))
        try await TestServer.with(responder: routes.router) { server in
            let client = try server.client()
            try client.send(request)
            _ = try client.readResponse(head: true)
            let stream = try routes.stream()
            let other = try server.client()
            try other.send(request)
            #expect(try other.readResponse().status == 503)  // The cap: one stream open.
            client.close()
            #expect(StreamRoutes.eventually { stream.ending == .clientClosed })
            #expect(!stream.send(ServerSentEvent.message([0x61])))
            #expect(routes.registry.snapshot.open == 0 && routes.registry.snapshot.refused == 1)
        }
    }

    @Test("a quiet stream sends comment heartbeats")
    func heartbeat() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry(heartbeat: .milliseconds(100)))
        try await TestServer.with(responder: routes.router) { server in
            let client = try server.client()
            try client.send(request)
            _ = try client.readResponse(head: true)
            _ = try client.read(through: "data: hello\n\n\r\n")
            #expect(try client.read(through: "\r\n:\n\n\r\n") == "3\r\n:\n\n\r\n")
            #expect(try client.read(through: "\r\n:\n\n\r\n") == "3\r\n:\n\n\r\n")
        }
    }

    @Test("a client that stops reading is closed once its stream's bound is queued, never buffered further")
    func slowReader() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry(maximumQueuedBytes: 16 * 1024))
        try await TestServer.with(
            responder: routes.router, configure: { $0.limits.socketSendBufferBytes = 4096 }
        ) { server in
            let client = try server.client()
            var size: Int32 = 4096
            setsockopt(client.fileDescriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
            try client.send(request)
            let stream = try routes.stream()
            let event = ServerSentEvent.message(Array(repeating: 0x78, count: 1000))
            // Far more than the kernel's buffers and the bound together; the client reads none of it.
            // Paced, so the loop moves each event into the connection's output before the next: what
            // overflows is the output the client does not take, not the stream's own queue.
            for _ in 0..<20_000 where stream.ending == nil {
                stream.send(event)
                usleep(200)
            }
            #expect(StreamRoutes.eventually { stream.ending == .overflowed })
            #expect(routes.registry.snapshot.ended["overflowed"] == 1)
            #expect(routes.registry.snapshot.open == 0)
        }
    }

    @Test("a drain writes the stream's closing event and its end, then closes")
    func drain() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry())
        let server = try TestServer(responder: routes.router)
        let client = try server.client()
        try client.send(request)
        _ = try client.readResponse(head: true)
        _ = try client.read(through: "data: hello\n\n\r\n")
        server.stop()
        #expect(String(decoding: try client.readToEnd(), as: UTF8.self) == "b\r\ndata: bye\n\n\r\n0\r\n\r\n")
        #expect(routes.registry.snapshot.ended["drained"] == 1)
    }

    @Test("on HTTP/1.0 the events are sent as they are, delimited by the close")
    func http10() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry())
        try await TestServer.with(responder: routes.router) { server in
            let client = try server.client()
            try client.send("GET /events HTTP/1.0\r\n\r\n")
            let head = try client.readResponse(head: true)
            #expect(head.headers["Transfer-Encoding"] == nil && head.headers["Connection"] == "close")
            try routes.stream().finish(lastEvent: ServerSentEvent.message(Array("end".utf8)))
            #expect(String(decoding: try client.readToEnd(), as: UTF8.self) == "data: hello\n\ndata: end\n\n")
        }
    }

    @Test("a request pipelined behind a stream is not answered: the stream is the connection's last response")
    func pipelinedBehind() async throws {
        let routes = StreamRoutes(registry: EventStreamRegistry())
        try await TestServer.with(responder: routes.router) { server in
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n" + request + "GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "hello")
            _ = try client.readResponse(head: true)
            try routes.stream().finish()
            #expect(String(decoding: try client.readToEnd(), as: UTF8.self) == "d\r\ndata: hello\n\n\r\n0\r\n\r\n")
        }
    }
}
