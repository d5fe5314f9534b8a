import Foundation
import Glibc
import HTTPTesting
import Testing

/// `--model`: without a usable model the server still starts, warns once, and search says so.
@Suite("explainer-server without its sentence-embedding model", .enabled(if: ServerBinary.path != nil))
struct ModelOptionTests {
    static func get(_ port: Int, _ target: String) throws -> RawResponse {
        let client = try RawClient(port: port)
        defer { client.close() }
        try client.send("GET \(target) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        return try client.readResponse()
    }

    static func json(_ response: RawResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test(
        "--model /nonexistent (or EXPLAINER_MODEL): starts, warns model.missing, search is lexical with model-missing",
        arguments: [(["--model", "/nonexistent"], [:]), ([], ["EXPLAINER_MODEL": "/nonexistent"])])
    func missingModel(arguments: [String], environment: [String: String]) async throws {
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--threads", "2", "--content", Repository.content] + arguments, environment: environment)
        try await withTimeout(.seconds(20)) {
            let search = try Self.json(Self.get(server.port, "/v1/search?q=harm%20reduction&mode=hybrid"))
            #expect(search["mode"] as? String == "lexical")
            #expect(search["fallback_reason"] as? String == "model-missing")
            let ready = try Self.json(Self.get(server.port, "/readyz"))
            #expect((ready["search"] as? [String: Any])?["mode"] as? String == "lexical-only")
            server.signal(SIGTERM)
            #expect(server.waitForExit(timeout: .seconds(10)) == 0)
            let warnings = server.standardError.split(separator: "\n").filter { $0.contains(#""event":"model.missing""#) }
            #expect(warnings.count == 1)
            #expect(warnings.first?.contains(#""level":"warn""#) == true)
            #expect(warnings.first?.contains("/nonexistent") == true)
        }
    }
}
