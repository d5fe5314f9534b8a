import Foundation
import HTTPCore
import HTTPTesting
import Testing

@Suite("TLS transport and context over OpenSSL", .enabled(if: ExternalCommand.exists("openssl") && ExternalCommand.exists("curl")))
struct TLSTransportTests {
    /// A fresh folder with a self-signed certificate for localhost/127.0.0.1, made by the openssl command.
    static func makeCertificate(named name: String, in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("\(name).crt").path
        let key = folder.appendingPathComponent("\(name).key").path
        let result = try ExternalCommand.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert,
                "-days", "2", "-subj", "/CN=\(name)", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ])
        #expect(result.status == 0)
        return (cert, key)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let hello: Router = {
        var router = Router()
        router.get("/hello") { _ in Response(contentType: "text/plain", body: Array("hello".utf8)) }
        return router
    }()

    @Test("a key that does not match the certificate is refused with OpenSSL's reason")
    func mismatchedKeyIsRefused() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.makeCertificate(named: "a", in: folder)
        let b = try Self.makeCertificate(named: "b", in: folder)
        #expect(throws: TLSError.self) { try TLSContext(TLSConfiguration(certificatePath: a.cert, privateKeyPath: b.key)) }
        #expect(throws: TLSError.self) {
            try TLSContext(TLSConfiguration(certificatePath: folder.appendingPathComponent("none.crt").path, privateKeyPath: a.key))
        }
    }

    @Test("curl --cacert gets a response over TLS; a failed reload keeps the working certificate")
    func servesAndSurvivesABrokenReload() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try Self.makeCertificate(named: "good", in: folder)
        let liveKey = folder.appendingPathComponent("live.key").path
        try FileManager.default.copyItem(atPath: good.key, toPath: liveKey)
        let context = try TLSContext(TLSConfiguration(certificatePath: good.cert, privateKeyPath: liveKey))
        let metrics = ServerMetrics()
        try await TestServer.with(
            responder: Self.hello,
            configure: { configuration in
                configuration.makeTransport = { fd in
                    ObservedTransport(try TLSTransport(fileDescriptor: fd, context: context, metrics: metrics), metrics: metrics)
                }
            }
        ) { server in
            let url = "https://localhost:\(server.port)/hello"
            let resolve = "localhost:\(server.port):127.0.0.1"
            let first = try ExternalCommand.run("curl", ["-sS", "-v", "--cacert", good.cert, "--resolve", resolve, url])
            #expect(first.status == 0)
            #expect(first.stdout == "hello")
            #expect(first.stderr.contains("ALPN: server accepted http/1.1"))
            // Replace the key with one for another certificate: the reload must fail and change nothing.
            let other = try Self.makeCertificate(named: "other", in: folder)
            try FileManager.default.removeItem(atPath: liveKey)
            try FileManager.default.copyItem(atPath: other.key, toPath: liveKey)
            #expect(throws: TLSError.self) { try context.reload() }
            let second = try ExternalCommand.run("curl", ["-sS", "--cacert", good.cert, "--resolve", resolve, url])
            #expect(second.status == 0)
            #expect(second.stdout == "hello")
            #expect(metrics.registry.value("tls_handshakes_total", labels: ["success"]) == 2)
        }
        // Every connection was closed when the server stopped, and the gauge followed.
        #expect(metrics.registry.value("http_open_connections") == 0)
    }
}
