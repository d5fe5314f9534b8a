import Foundation
import Glibc
import HTTPTesting
import Testing

@testable import explainer_server

@Suite("explainer-server under an operator: the first line, signals, the memo's bound", .enabled(if: ServerBinary.path != nil))
struct OperatorTests {
    static func start(_ extra: [String]) throws -> ServerProcess {
        try ServerProcess(arguments: ["serve", "--port", "0", "--threads", "2", "--content", Repository.content] + extra)
    }

    static func get(_ port: Int, _ target: String, headers: String = "") throws -> RawResponse {
        let client = try RawClient(port: port)
        defer { client.close() }
        try client.send("GET \(target) HTTP/1.1\r\nHost: t\r\n\(headers)Connection: close\r\n\r\n")
        return try client.readResponse()
    }

    /// Every option combination the Swift and e2e tests start the server with.
    static let combinations: [[String]] = [
        [], ["--drain-timeout", "2"], ["--access-log", "on"], ["--access-log", "off"], ["--cache-max-age", "1"],
        ["--cors-origins", "https://peer-support.example"], ["--log-level", "error"], ["--log-level", "debug"],
        ["--rate-limit", "1/s", "--burst", "5"], ["--rate-limit", "1/s", "--burst", "3"],
        ["--rate-limit", "1/s", "--burst", "3", "--trust-proxy", "127.0.0.1/32"], ["--drain-timeout", "5", "--trust-proxy", "127.0.0.1"],
        ["--memo-bytes", "1MiB"], ["--admin-listen", "127.0.0.1:0"],
    ]

    @Test(
        "`listening on http://H:P` is the first line on stderr with every option combination, start-up events after it",
        arguments: combinations)
    func listeningLineFirst(extra: [String]) async throws {
        let server = try Self.start(extra)
        try await withTimeout(.seconds(20)) {
            let health = try Self.get(server.port, "/healthz")
            #expect(health.status == 200)
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            let lines = server.standardError.split(separator: "\n")
            #expect(lines.first.map(String.init) == "listening on http://127.0.0.1:\(server.port)")
            // Every other line is a JSON event; with --log-level error there are none at start.
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("{") })
            if !extra.contains("error") { #expect(lines.dropFirst().first?.contains(#""event":"content.loaded""#) == true) }
        }
    }

    @Test("with TLS the first line is `listening on https://H:P`")
    func listeningLineFirstWithTLS() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("first-line-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cert = folder.appendingPathComponent("c.crt").path
        let key = folder.appendingPathComponent("c.key").path
        _ = try ExternalCommand.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert,
                "-days", "2", "-subj", "/CN=localhost",
            ])
        let server = try Self.start(["--tls-cert", cert, "--tls-key", key, "--rate-limit", "5/s"])
        try await withTimeout(.seconds(20)) {
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            #expect(server.standardError.hasPrefix("listening on https://127.0.0.1:\(server.port)\n"))
        }
    }

    @Test("SIGUSR1, SIGUSR2 and the other signals an operator might send leave it serving", arguments: OperatorSignals.ignored.map(\.name))
    func ignoredSignals(name: String) async throws {
        let signal = try #require(OperatorSignals.ignored.first { $0.name == name }?.signal)
        let server = try CleanSignalServer(["serve", "--port", "0", "--access-log", "off", "--content", Repository.content])
        try await withTimeout(.seconds(20)) {
            server.signal(signal)
            server.signal(signal)
            try await Task.sleep(for: .milliseconds(200))
            let health = try Self.get(server.port, "/healthz")
            #expect(health.status == 200)
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }

    @Test("distinct query variants keep the memo within --memo-bytes, and /metrics counts hits, misses and evictions")
    func memoBoundedInBytes() async throws {
        let budget = 262_144
        let server = try Self.start(["--access-log", "off", "--memo-bytes", "256KiB"])
        try await withTimeout(.seconds(60)) {
            for limit in 1...60 {
                let response = try Self.get(server.port, "/v1/sections?limit=\(limit)&pretty=1&format=html,markdown,text")
                #expect(response.status == 200)
            }
            let again = try Self.get(server.port, "/v1/sections?limit=60&pretty=1&format=html,markdown,text")
            #expect(again.status == 200)
            let scrape = try Self.get(server.port, "/metrics")
            let metrics = String(decoding: scrape.body, as: UTF8.self)
            func value(_ name: String) -> Double? {
                metrics.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.split(separator: " ")[1]) }
            }
            let bytes = try #require(value("explainer_response_memo_bytes"))
            #expect(bytes > 0 && bytes <= Double(budget))
            #expect(try #require(value("explainer_response_memo_misses_total")) >= 60)
            #expect(try #require(value("explainer_response_memo_hits_total")) >= 1)
            #expect(try #require(value("explainer_response_memo_evictions_total")) > 0)
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }

    /// The admin port from the `server.start` event, waiting for it (it follows `listening on`);
    /// called under `withTimeout`, which ends the wait if the event never comes.
    static func adminPort(of server: ServerProcess) async throws -> Int {
        while true {
            if let field = server.standardError.firstMatch(of: #/"admin_port":(\d+)/#), let port = Int(field.output.1) {
                return port
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test("--admin-listen serves /metrics and the probes on its own port; the public port answers /metrics 404")
    func adminListenerKeepsMetricsOffThePublicPort() async throws {
        let server = try Self.start(["--access-log", "off", "--admin-listen", "127.0.0.1:0"])
        try await withTimeout(.seconds(30)) {
            let admin = try await Self.adminPort(of: server)
            #expect(admin != server.port)
            #expect(try Self.get(server.port, "/metrics").status == 404)
            #expect(try Self.get(server.port, "/v1/explainer").status == 200)
            let scrape = try Self.get(admin, "/metrics")
            #expect(scrape.status == 200)
            let text = String(decoding: scrape.body, as: UTF8.self)
            // The public port's 404 for /metrics was counted, by the admin port's scrape.
            #expect(text.contains(#"explainer_http_requests_total{route="unmatched",method="GET",status="404"} 1"#))
            #expect(text.contains(#"explainer_build_info{version=""#))
            for probe in ["/healthz", "/readyz"] {
                #expect(try Self.get(admin, probe).status == 200, "\(probe) on the admin port")
                #expect(try Self.get(server.port, probe).status == 200, "\(probe) on the public port")
            }
            let elsewhere = try Self.get(admin, "/v1/explainer")
            #expect(elsewhere.status == 404)
            #expect(String(decoding: elsewhere.body, as: UTF8.self).contains("admin listener"))
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }

    @Test("without --admin-listen /metrics stays on the public port, with the explainer_ prefix")
    func metricsOnThePublicPortByDefault() async throws {
        let server = try Self.start(["--access-log", "off"])
        try await withTimeout(.seconds(30)) {
            let scrape = try Self.get(server.port, "/metrics")
            #expect(scrape.status == 200)
            let text = String(decoding: scrape.body, as: UTF8.self)
            let names = text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { $0.split(separator: " ")[2] }
            #expect(!names.isEmpty)
            #expect(names.allSatisfy { $0.hasPrefix("explainer_") || $0.hasPrefix("process_") }, "\(names)")
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
        }
    }
}
