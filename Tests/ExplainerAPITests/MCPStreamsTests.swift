import ExplainerContent
import Foundation
import HTTPCore
import HTTPTesting
import Testing

@testable import ExplainerAPI

/// `/mcp`'s sessions and streams through a real socket: the handshake era's `Mcp-Session-Id`, `GET`
/// stream and `DELETE`, 2026-07-28's `subscriptions/listen`, and what a reload sends each.
@Suite("MCP sessions and streams over Streamable HTTP")
struct MCPStreamsTests {
    /// The fixture's content with one glossary term's title capitalised: a resource list that differs.
    static let changedIndex: ContentIndex = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-streams-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("Content").path
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: APIFixture.packageRoot + "/Content", toPath: content)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = content + "/glossary.json"
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        try! text.replacingOccurrences(of: #""term": "self-harm""#, with: #""term": "Self-harm""#).write(
            toFile: path, atomically: true, encoding: .utf8)
        return try! ContentLoader.load(directory: content).get()
    }()

    static let initialize =
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#
    static let listen =
        #"{"jsonrpc":"2.0","id":"sub-1","method":"subscriptions/listen","params":{"notifications":{"resourcesListChanged":true,"toolsListChanged":true},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{}}}}"#

    static func post(_ body: String, _ headers: [(String, String)] = []) -> String {
        let fields = headers.map { "\($0.0): \($0.1)\r\n" }.joined()
        return "POST /mcp HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
            + "\(fields)Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    static func get(_ headers: [(String, String)] = [("Accept", "text/event-stream")]) -> String {
        "GET /mcp HTTP/1.1\r\nHost: t\r\n" + headers.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
    }

    /// A fresh app (its own live content, sessions and streams) on a live server.
    static func withApp(_ body: @escaping @Sendable (ExplainerApp, TestServer) async throws -> Void) async throws {
        let app = ExplainerApp(index: APIFixture.index)
        let policy = app.bodyPolicy
        try await TestServer.with(responder: app.responder, configure: { $0.bodyPolicy = policy }) { server in
            try await body(app, server)
        }
    }

    @Test("initialize mints a visible-ASCII session id; a request naming an unknown one is 404; DELETE ends it")
    func sessions() async throws {
        try await Self.withApp { _, server in
            let client = try server.client()
            try client.send(Self.post(Self.initialize))
            let answer = try client.readResponse()
            let id = try #require(answer.headers["Mcp-Session-Id"])
            #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit })
            let list = #"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#
            try client.send(Self.post(list, [("Mcp-Session-Id", id)]))
            #expect(try client.readResponse().status == 200)
            try client.send(Self.post(list))  // Sessions are optional: no header is still served.
            #expect(try client.readResponse().status == 200)
            try client.send(Self.post(list, [("Mcp-Session-Id", String(repeating: "0", count: 32))]))
            let unknown = try client.readResponse()
            #expect(unknown.status == 404 && unknown.text.contains("-32600") && unknown.text.contains(#""id":2"#))
            try client.send("DELETE /mcp HTTP/1.1\r\nHost: t\r\nMcp-Session-Id: \(id)\r\n\r\n")
            #expect(try client.readResponse().status == 204)
            try client.send(Self.post(list, [("Mcp-Session-Id", id)]))
            #expect(try client.readResponse().status == 404)
            try client.send("DELETE /mcp HTTP/1.1\r\nHost: t\r\nMcp-Session-Id: \(id)\r\n\r\n")
            #expect(try client.readResponse().status == 404)
            try client.send("DELETE /mcp HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 400)
        }
    }

    @Test("GET without text/event-stream, or at 2026-07-28, is 405; a foreign Origin is 403; an unknown session 404")
    func getRefusals() async throws {
        try await Self.withApp { _, server in
            let client = try server.client()
            for headers in [[("Accept", "application/json")], [("Accept", "*/*")], [], [("Accept", "text/event-stream;q=0, */*")]] {
                try client.send(Self.get(headers))
                let refused = try client.readResponse()
                #expect(refused.status == 405)
                #expect(refused.headers["Allow"] == "GET, HEAD, OPTIONS, POST, DELETE")
            }
            try client.send(Self.get([("Accept", "text/event-stream"), ("MCP-Protocol-Version", "2026-07-28")]))
            #expect(try client.readResponse().status == 405)
            try client.send(Self.get([("Accept", "text/event-stream"), ("Origin", "https://evil.example")]))
            #expect(try client.readResponse().status == 403)
            try client.send(Self.get([("Accept", "text/event-stream"), ("Mcp-Session-Id", "nope")]))
            #expect(try client.readResponse().status == 404)
        }
    }

    @Test("a reload that changes the resource list reaches the GET stream; one that changes nothing sends nothing")
    func getStreamHearsReloads() async throws {
        try await Self.withApp { app, server in
            let setup = try server.client()
            try setup.send(Self.post(Self.initialize))
            let id = try #require(try setup.readResponse().headers["Mcp-Session-Id"])
            let client = try server.client(timeout: .seconds(1))
            try client.send(Self.get([("Accept", "text/event-stream"), ("Mcp-Session-Id", id)]))
            let head = try client.readResponse(head: true)
            #expect(head.status == 200 && head.headers["Content-Type"] == "text/event-stream")
            app.live.replace(with: APIFixture.index)  // Same list: nothing is sent.
            #expect(throws: RawClientError.self) { try client.read(through: "\n\n") }
            app.live.replace(with: Self.changedIndex)
            let event = try client.read(through: "\n\n\r\n")
            #expect(event.hasSuffix(#"data: {"jsonrpc":"2.0","method":"notifications/resources/list_changed"}"# + "\n\n\r\n"))
        }
    }

    @Test("subscriptions/listen acknowledges what it honours first, tags each change, and a drain closes it with its result")
    func listen() async throws {
        let app = ExplainerApp(index: APIFixture.index)
        let server = try TestServer(responder: app.responder, configure: { [policy = app.bodyPolicy] in $0.bodyPolicy = policy })
        defer { server.stop() }
        let client = try server.client()
        try client.send(
            Self.post(Self.listen, [("MCP-Protocol-Version", "2026-07-28"), ("Mcp-Method", "subscriptions/listen")]))
        let head = try client.readResponse(head: true)
        #expect(head.status == 200 && head.headers["Content-Type"] == "text/event-stream")
        let ack = try client.read(through: "\n\n\r\n")
        #expect(
            ack.contains(
                #"data: {"jsonrpc":"2.0","method":"notifications/subscriptions/acknowledged","params":{"notifications":{"resourcesListChanged":true},"_meta":{"io.modelcontextprotocol/subscriptionId":"sub-1"}}}"#
            ))
        app.live.replace(with: Self.changedIndex)
        let change = try client.read(through: "\n\n\r\n")
        #expect(
            change.contains(
                #"data: {"jsonrpc":"2.0","method":"notifications/resources/list_changed","params":{"_meta":{"io.modelcontextprotocol/subscriptionId":"sub-1"}}}"#
            ))
        server.stop()
        let rest = String(decoding: try client.readToEnd(), as: UTF8.self)
        #expect(
            rest.contains(
                #"data: {"jsonrpc":"2.0","id":"sub-1","result":{"resultType":"complete","_meta":{"io.modelcontextprotocol/subscriptionId":"sub-1""#
            ))
        #expect(rest.hasSuffix("\r\n0\r\n\r\n"))
    }

    @Test("listen is a 2026-07-28 method: a handshake-era listen is -32601, and a filter must be an object")
    func listenRefusals() async throws {
        try await Self.withApp { _, server in
            let client = try server.client()
            try client.send(Self.post(#"{"jsonrpc":"2.0","id":1,"method":"subscriptions/listen","params":{"notifications":{}}}"#))
            let old = try client.readResponse()
            #expect(old.text.contains("-32601"))
            let bad = Self.listen.replacingOccurrences(of: #"{"resourcesListChanged":true,"toolsListChanged":true}"#, with: "7")
            try client.send(Self.post(bad, [("MCP-Protocol-Version", "2026-07-28"), ("Mcp-Method", "subscriptions/listen")]))
            let refused = try client.readResponse()
            #expect(refused.status == 400 && refused.text.contains("-32602"))
        }
    }

    @Test("past the stream cap a GET is 503 with Retry-After; an ended stream frees its place")
    func cap() throws {
        let streams = MCPStreams(registry: EventStreamRegistry(limit: 1))
        let endpoint = MCPEndpoint(live: LiveContent(index: APIFixture.index), origins: MCPOriginPolicy(allowed: nil), streams: streams)
        let request = Request(method: .get, target: "/mcp", headers: HTTPHeaders([("Host", "t"), ("Accept", "text/event-stream")]))
        let first = endpoint.openStream(request)
        #expect(first.stream != nil)
        let second = endpoint.openStream(request)
        #expect(second.status.code == 503 && second.headers["Retry-After"] == "30" && second.stream == nil)
        first.stream?.discard()
        #expect(endpoint.openStream(request).stream != nil)
    }

    @Test("the session table is bounded: the least recently used goes first, and an idle one expires")
    func sessionTable() {
        let sessions = MCPSessions(limit: 2, idleTimeout: .seconds(10))
        let second: Int64 = 1_000_000_000
        let a = sessions.create(now: 0)
        let b = sessions.create(now: 1 * second)
        #expect(sessions.touch(a, now: 2 * second))  // b is now the least recently used.
        let c = sessions.create(now: 3 * second)
        #expect(sessions.count == 2)
        #expect(!sessions.touch(b, now: 3 * second))
        #expect(sessions.touch(c, now: 3 * second))
        #expect(!sessions.touch(a, now: 12 * second))  // Unused for 10 s.
        #expect(Set([a, b, c]).count == 3)
    }
}
