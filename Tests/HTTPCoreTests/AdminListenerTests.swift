import HTTPCore
import HTTPTesting
import Testing

@Suite("The admin listener: a second port with its own responder and connection cap")
struct AdminListenerTests {
    /// What the admin port answers: one route, so a request that reached the public routes shows.
    static var adminRoutes: Router {
        var router = Router()
        router.get("/metrics") { _ in Response(contentType: "text/plain", body: Array("admin metrics".utf8)) }
        return router
    }

    static func get(_ port: Int, _ path: String) throws -> RawResponse {
        let client = try RawClient(port: port)
        defer { client.close() }
        try client.send("GET \(path) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        return try client.readResponse()
    }

    @Test("each port answers with its own responder, on every loop, and neither serves the other's routes")
    func ownResponder() async throws {
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: { $0.admin = AdminListener(host: "127.0.0.1", port: 0, responder: Self.adminRoutes) }
        ) { server in
            let admin = try #require(server.server.adminPort)
            #expect(admin != server.port)
            // Enough connections that the kernel spreads them over both loops' admin sockets.
            for _ in 0..<8 {
                let scrape = try Self.get(admin, "/metrics")
                #expect(scrape.status == 200)
                #expect(scrape.text == "admin metrics")
                #expect(try Self.get(admin, "/hello").status == 404)
            }
            #expect(try Self.get(server.port, "/hello").text == "hello")
            #expect(try Self.get(server.port, "/metrics").status == 404)
        }
    }

    @Test("without an admin listener there is no admin port")
    func noAdminByDefault() async throws {
        try await TestServer.with(responder: TestRoutes.router) { server in
            #expect(server.server.adminPort == nil)
        }
    }

    @Test("a public listener at its connection cap leaves the admin port answering")
    func separateConnectionCap() async throws {
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: {
                $0.limits.connections = 1
                $0.admin = AdminListener(host: "127.0.0.1", port: 0, responder: Self.adminRoutes, maxConnections: 2)
            }
        ) { server in
            let admin = try #require(server.server.adminPort)
            let held = try server.client()
            defer { held.close() }
            try held.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try held.readResponse().text == "hello")
            let refused = try server.client()
            defer { refused.close() }
            #expect(try refused.waitForClose())
            let scrape = try Self.get(admin, "/metrics")
            #expect(scrape.text == "admin metrics")
        }
    }

    @Test("the admin listener's own cap closes a connection past it")
    func adminCap() async throws {
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: { $0.admin = AdminListener(host: "127.0.0.1", port: 0, responder: Self.adminRoutes, maxConnections: 1) }
        ) { server in
            let admin = try #require(server.server.adminPort)
            let held = try RawClient(port: admin)
            defer { held.close() }
            try held.send("GET /metrics HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try held.readResponse().text == "admin metrics")
            let refused = try RawClient(port: admin)
            defer { refused.close() }
            #expect(try refused.waitForClose())
            #expect(try Self.get(server.port, "/hello").text == "hello")
        }
    }

    @Test("a drain closes the admin listener with the public one")
    func drainClosesAdmin() throws {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2)
        configuration.admin = AdminListener(host: "127.0.0.1", port: 0, responder: Self.adminRoutes)
        let server = Server(configuration: configuration, responder: TestRoutes.router)
        try server.start()
        let admin = try #require(server.adminPort)
        #expect(try Self.get(admin, "/metrics").status == 200)
        server.stop()
        #expect(throws: (any Error).self) { try RawClient(port: admin) }
    }

    @Test("an admin address that is taken fails start-up and leaves the public port free")
    func takenAdminPort() throws {
        let holder = Server(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, threads: 1), responder: TestRoutes.router)
        try holder.start()
        defer { holder.stop() }
        let taken = try #require(holder.port)
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2)
        configuration.admin = AdminListener(host: "127.0.0.1", port: taken, responder: Self.adminRoutes)
        let server = Server(configuration: configuration, responder: TestRoutes.router)
        #expect(throws: SystemError.self) { try server.start() }
        #expect(server.port == nil)
    }
}
