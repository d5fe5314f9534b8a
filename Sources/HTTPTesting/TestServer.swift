import HTTPCore

/// A real `Server` on 127.0.0.1 and an ephemeral port, for live tests.
///
/// Use `TestServer.with(…) { server in … }`: the server is stopped when the body ends, whether it
/// returned or threw, and the whole body runs under a timeout.
public final class TestServer: Sendable {
    public let server: Server
    /// The port the server bound.
    public let port: Int

    /// Starts a server for `responder` with test defaults (two loops, port 0) adjusted by `configure`.
    public init(responder: any Responder, configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, threads: 2)
        configure(&configuration)
        server = Server(configuration: configuration, responder: responder)
        try server.start()
        port = server.port!
    }

    /// A raw client connected to this server.
    public func client(timeout: Duration = .seconds(5)) throws -> RawClient {
        try RawClient(port: port, timeout: timeout)
    }

    /// The base URL, for curl and other real clients.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Drains and waits for the server to stop.
    public func stop() {
        server.stop()
    }

    /// Starts a server, runs `body` with it under `timeout`, and always stops it.
    public static func with<T: Sendable>(
        responder: any Responder, timeout: Duration = .seconds(30), configure: (inout ServerConfiguration) -> Void = { _ in },
        _ body: @escaping @Sendable (TestServer) async throws -> T
    ) async throws -> T {
        let server = try TestServer(responder: responder, configure: configure)
        defer { server.stop() }
        return try await withTimeout(timeout) { try await body(server) }
    }
}
