import Foundation
import Glibc
import HTTPTesting
import Testing

@Suite("explainer-server as a process", .enabled(if: ServerBinary.path != nil, "build the explainer-server product first"))
struct ServerProcessTests {
    static func start(_ extra: [String] = []) throws -> ServerProcess {
        try ServerProcess(arguments: ["serve", "--port", "0", "--threads", "2", "--content", Repository.content] + extra)
    }

    @Test("--port 0 prints `listening on http://127.0.0.1:P` first on stderr and serves /healthz")
    func listens() async throws {
        let server = try Self.start()
        try await withTimeout(.seconds(20)) {
            #expect(server.standardError.hasPrefix("listening on http://127.0.0.1:\(server.port)\n"))
            let client = try RawClient(port: server.port)
            try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }

    @Test("SIGTERM drains: idle connections are closed and the process exits 0 within the drain timeout")
    func drain() async throws {
        let server = try Self.start(["--drain-timeout", "2"])
        try await withTimeout(.seconds(20)) {
            let idle = try RawClient(port: server.port)
            try idle.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try idle.readResponse()
            let stuck = try RawClient(port: server.port)
            try stuck.send("GET /healthz HTTP/1.1\r\nHost: t\r\n")  // Never finishes its head.
            try await Task.sleep(for: .milliseconds(100))
            let start = ContinuousClock.now
            server.signal(SIGTERM)
            #expect(try idle.waitForClose())
            #expect(server.waitForExit(timeout: .seconds(8)) == 0)
            // The drain's 2 s, not the stuck head's 10 s header timeout, ends it; the slack is for a loaded machine.
            #expect(ContinuousClock.now - start < .seconds(6))
        }
    }

    @Test("the access log writes one JSON line per request on stdout")
    func accessLog() async throws {
        let server = try Self.start(["--access-log", "on"])
        try await withTimeout(.seconds(20)) {
            let client = try RawClient(port: server.port)
            try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\nX-Request-Id: log-test-1\r\n\r\n")
            let response = try client.readResponse()
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            let lines = server.standardOutput.split(separator: "\n")
            let line = try #require(lines.first { $0.contains("log-test-1") })
            let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(json["method"] as? String == "GET")
            #expect(json["path"] as? String == "/healthz")
            #expect(json["status"] as? Int == 200)
            #expect(json["bytes"] as? Int == response.body.count)
            #expect(json["client"] as? String == "127.0.0.1")
            #expect((json["duration_us"] as? Int ?? -1) >= 0)
            let time = try #require(json["time"] as? String)
            #expect(
                ISO8601DateFormatter().date(from: time.replacingOccurrences(of: #"\.\d+"#, with: "", options: .regularExpression)) != nil)
        }
    }

    @Test("--access-log off writes nothing on stdout")
    func accessLogOff() async throws {
        let server = try Self.start(["--access-log", "off"])
        try await withTimeout(.seconds(20)) {
            let client = try RawClient(port: server.port)
            try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try client.readResponse()
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            #expect(server.standardOutput.isEmpty)
        }
    }

    @Test("open file descriptors return to their baseline after clients come and go")
    func fileDescriptors() async throws {
        let server = try Self.start(["--access-log", "off"])
        try await withTimeout(.seconds(30)) {
            try await Task.sleep(for: .milliseconds(200))
            let baseline = server.openFileDescriptors
            var clients: [RawClient] = []
            for i in 0..<60 {
                let client = try RawClient(port: server.port)
                switch i % 4 {
                case 0: try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
                case 1: try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\nContent-Length: 50\r\n\r\nabc")  // Mid-body.
                case 2: try client.send("GET /healthz HTTP/1.1\r\nHost: t\r\nHost: u\r\n\r\n")  // Refused.
                default: break  // Connects and says nothing.
                }
                clients.append(client)
            }
            var held = server.openFileDescriptors
            for _ in 0..<50 where held < baseline + 30 {
                try await Task.sleep(for: .milliseconds(100))
                held = server.openFileDescriptors
            }
            #expect(held >= baseline + 30)
            for client in clients { client.close() }
            var now = server.openFileDescriptors
            for _ in 0..<50 where now != baseline {
                try await Task.sleep(for: .milliseconds(100))
                now = server.openFileDescriptors
            }
            #expect(now == baseline)
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }
}
