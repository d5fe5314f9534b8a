import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// The cap on TLS handshakes in progress (issue 10): a flood of connections that never finish their
/// handshake cannot hold more than `maxPendingHandshakes` sessions, and every slot comes back.
@Suite("TLS: pending handshakes are capped and freed", .enabled(if: ExternalCommand.exists("openssl") && ExternalCommand.exists("curl")))
struct TLSHandshakeCapTests {
    /// Waits until `condition` holds, polling; false if it still does not after two seconds.
    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return condition()
    }

    @Test("over the cap a connection is closed at once; freed slots let curl through again")
    func capAndRelease() async throws {
        let folder = try TLSTransportTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pair = try TLSTransportTests.makeCertificate(named: "cap", in: folder)
        let context = try TLSContext(TLSConfiguration(certificatePath: pair.cert, privateKeyPath: pair.key, maxPendingHandshakes: 2))
        let metrics = ServerMetrics()
        try await TestServer.with(
            responder: TLSTransportTests.hello,
            configure: { configuration in
                configuration.makeTransport = { fd in
                    ObservedTransport(try TLSTransport(fileDescriptor: fd, context: context, metrics: metrics), metrics: metrics)
                }
            }
        ) { server in
            let curl = ["-sS", "--max-time", "5", "--cacert", pair.cert, "--resolve", "localhost:\(server.port):127.0.0.1"]
            let url = "https://localhost:\(server.port)/hello"
            // Two clients that connect and never say a word hold both slots.
            let silent = try [server.client(), server.client()]
            #expect(try await Self.eventually { context.handshakesInProgress == 2 })
            let third = try server.client()
            #expect(try third.waitForClose())
            #expect(try ExternalCommand.run("curl", curl + [url]).status != 0)
            #expect(metrics.registry.value("tls_handshakes_total", labels: ["over_capacity"]) == 2)
            for client in silent { client.close() }
            #expect(try await Self.eventually { context.handshakesInProgress == 0 })
            let served = try ExternalCommand.run("curl", curl + [url])
            #expect(served.stdout == "hello")
            #expect(context.handshakesInProgress == 0)
        }
    }

    @Test("a handshake that fails, or is abandoned mid-record, gives its slot back at once")
    func failedHandshakeFreesItsSlot() async throws {
        let folder = try TLSTransportTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pair = try TLSTransportTests.makeCertificate(named: "fail", in: folder)
        let context = try TLSContext(TLSConfiguration(certificatePath: pair.cert, privateKeyPath: pair.key, maxPendingHandshakes: 1))
        try await TestServer.with(
            responder: TLSTransportTests.hello,
            configure: { configuration in
                configuration.makeTransport = { fd in try TLSTransport(fileDescriptor: fd, context: context) }
            }
        ) { server in
            for _ in 0..<3 {
                // A handshake record whose body is garbage: OpenSSL refuses it and the connection ends.
                let garbage = try server.client()
                try garbage.send([0x16, 0x03, 0x01, 0x00, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
                _ = try garbage.readToEnd()  // OpenSSL's alert, then the close
                #expect(try await Self.eventually { context.handshakesInProgress == 0 })
            }
            // A handshake record cut short by the client's close: abandoned, and its slot comes back.
            let abandoned = try server.client()
            try abandoned.send([0x16, 0x03, 0x01, 0x00, 0x64, 0x01])
            #expect(try await Self.eventually { context.handshakesInProgress == 1 })
            abandoned.close()
            #expect(try await Self.eventually { context.handshakesInProgress == 0 })
            let served = try ExternalCommand.run(
                "curl",
                ["-sS", "--cacert", pair.cert, "--resolve", "localhost:\(server.port):127.0.0.1", "https://localhost:\(server.port)/hello"])
            #expect(served.stdout == "hello")
        }
    }
}
