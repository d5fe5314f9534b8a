import ExplainerAPI
import Foundation
import HTTPTesting
import Testing

/// `/v1/search` on a server without a model: every mode answers lexically, at once, and says why.
@Suite struct LexicalOnlySearchTests {
    @Test(arguments: ["hybrid", "semantic"])
    func aModelessServerAnswersLexicallyAndSaysModelMissing(mode: String) async throws {
        try await APIFixture.withServer { server in
            let response = try HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction&mode=\(mode)")
            #expect(response.status == 200)
            #expect(response.headers["Cache-Control"] == "no-store")
            let body = try HybridAPIFixture.json(response)
            #expect(body["mode"] as? String == "lexical")
            #expect(body["mode_requested"] as? String == mode)
            #expect(body["fallback_reason"] as? String == "model-missing")
            #expect(body["match"] as? String == "good")
            #expect((body["items"] as? [[String: Any]])?.first?["retrievers"] as? [String] == ["lexical"])
        }
    }

    @Test func theDefaultModeIsHybrid() async throws {
        try await APIFixture.withServer { server in
            let body = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction"))
            #expect(body["mode_requested"] as? String == "hybrid")
        }
    }

    @Test func lexicalModeIsNoFallback() async throws {
        try await APIFixture.withServer { server in
            let body = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=zzqx&mode=lexical"))
            #expect(body["fallback_reason"] is NSNull)
            #expect(body["match"] as? String == "none")
        }
    }

    @Test func readinessSaysLexicalOnlyWithTheReason() async throws {
        try await APIFixture.withServer { server in
            let body = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/readyz"))
            let search = try #require(body["search"] as? [String: Any])
            #expect(search["mode"] as? String == "lexical-only")
            #expect(search["reason"] as? String == "model-missing")
            #expect(search["model_sha256"] == nil)
        }
    }
}
