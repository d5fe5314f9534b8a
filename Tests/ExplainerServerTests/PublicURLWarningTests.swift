import Foundation
import Glibc
import HTTPTesting
import Testing

/// `serve` warns at start when it listens beyond loopback without `--public-url`: its absolute links
/// would then name the listening address, which readers elsewhere may not reach.
@Suite("explainer-server's public_url.missing warning", .enabled(if: ServerBinary.path != nil))
struct PublicURLWarningTests {
    /// Starts `serve` with `extra`, stops it, and returns its `public_url.missing` event lines.
    static func warnings(_ extra: [String], environment: [String: String] = [:]) async throws -> [Substring] {
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--threads", "1", "--content", Repository.content] + extra, environment: environment)
        return try await withTimeout(.seconds(20)) {
            // Start-up events follow `server.start`; wait for it before reading them.
            while !server.standardError.contains(#""event":"server.start""#) { try await Task.sleep(for: .milliseconds(20)) }
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            return server.standardError.split(separator: "\n").filter { $0.contains(#""event":"public_url.missing""#) }
        }
    }

    @Test("every address beyond loopback without --public-url warns once, naming the host")
    func beyondLoopbackWarns() async throws {
        let found = try await Self.warnings(["--host", "0.0.0.0"])
        #expect(found.count == 1)
        #expect(found.first?.contains(#""level":"warn""#) == true)
        #expect(found.first?.contains(#""host":"0.0.0.0""#) == true)
    }

    @Test(
        "loopback, or any address with --public-url or EXPLAINER_PUBLIC_URL, is quiet",
        arguments: [
            (["--host", "127.0.0.1"], [:]), (["--host", "0.0.0.0", "--public-url", "https://help.example.org"], [:]),
            (["--host", "0.0.0.0"], ["EXPLAINER_PUBLIC_URL": "https://help.example.org/api"]),
        ])
    func quietWhenLinksWork(arguments: [String], environment: [String: String]) async throws {
        #expect(try await Self.warnings(arguments, environment: environment).isEmpty)
    }
}
