import ExplainerAPI
import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// `/v1/search` with the model: hybrid and semantic queries embedded on the worker pool, answered
/// through the real accept loop, with the lexical fallbacks a caller sees when there is no model or no
/// free worker.
@Suite(.enabled(if: HybridAPIFixture.shouldRun, "no model in Models/ (scripts/fetch-model.sh)"))
struct HybridSearchAPITests {
    /// The paraphrase used below (`Tests/Evaluation/paraphrases.untouched.jsonl`): its words are not
    /// the content's, so BM25F misses what it asks for while the dense retriever finds it.
    static let paraphraseID = "q003"

    static func paraphrase() throws -> (query: String, relevant: Set<String>) {
        let text = try String(contentsOfFile: APIFixture.packageRoot + "/Tests/Evaluation/paraphrases.untouched.jsonl", encoding: .utf8)
        for line in text.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let object, object["id"] as? String == paraphraseID else { continue }
            return (try #require(object["query"] as? String), Set(try #require(object["relevant"] as? [String])))
        }
        throw APIFixture.FixtureError.notAnObject
    }

    static func encoded(_ query: String) -> String {
        query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
    }

    static func firstKey(_ body: [String: Any]) -> String? {
        guard let first = (body["items"] as? [[String: Any]])?.first, let type = first["type"] as? String, let id = first["id"] as? String
        else { return nil }
        return "\(type):\(id)"
    }

    @Test func hybridRanksARelevantDocumentFirstForAParaphraseThatLexicalMisses() async throws {
        let app = try #require(HybridAPIFixture.shared)
        let (query, relevant) = try Self.paraphrase()
        try await APIFixture.withServer(responder: app.responder) { server in
            let hybrid = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=\(Self.encoded(query))"))
            let lexical = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=\(Self.encoded(query))&mode=lexical"))
            #expect(hybrid["mode"] as? String == "hybrid")
            #expect(hybrid["fallback_reason"] is NSNull)
            #expect(lexical["mode"] as? String == "lexical")
            let hybridFirst = try #require(Self.firstKey(hybrid))
            #expect(relevant.contains(hybridFirst), "hybrid first: \(hybridFirst)")
            #expect(!relevant.contains(Self.firstKey(lexical) ?? ""), "lexical first: \(Self.firstKey(lexical) ?? "none")")
        }
    }

    @Test func lexicalModeAnswersWithTodaysBodyAndTheModeFields() async throws {
        let app = try #require(HybridAPIFixture.shared)
        let target = "/v1/search?q=harm%20reduction&limit=3&country=GB&mode=lexical"
        let withoutModel = APIFixture.send(target)
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(server, target)
            #expect(response.status == 200)
            #expect(response.headers["Cache-Control"] == "no-store")
            // The same BM25F answer, byte for byte, as the server without a model gives.
            #expect(response.body == withoutModel.body)
            let body = try HybridAPIFixture.json(response)
            let todays: Set = ["support", "query", "total", "limit", "types", "items", "links"]
            #expect(Set(body.keys) == todays.union(["mode", "mode_requested", "fallback_reason", "match"]))
            #expect(body["mode"] as? String == "lexical" && body["mode_requested"] as? String == "lexical")
            let results = try #require(body["items"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for result in results { #expect(result["retrievers"] as? [String] == ["lexical"]) }
        }
    }

    @Test func hybridAndSemanticHitsNameTheirRetrievers() async throws {
        let app = try #require(HybridAPIFixture.shared)
        try await APIFixture.withServer(responder: app.responder) { server in
            let hybrid = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction&limit=5"))
            let results = try #require(hybrid["items"] as? [[String: Any]])
            #expect(results.contains { ($0["retrievers"] as? [String]) == ["lexical", "semantic"] })
            #expect(hybrid["match"] as? String == "good")
            let semantic = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction&limit=5&mode=semantic"))
            #expect(semantic["mode"] as? String == "semantic")
            #expect((semantic["items"] as? [[String: Any]])?.allSatisfy { ($0["retrievers"] as? [String]) == ["semantic"] } == true)
            let offTopic = try HybridAPIFixture.json(HybridAPIFixture.get(server, "/v1/search?q=best%20pizza%20in%20naples"))
            #expect(offTopic["match"] as? String == "none")
        }
    }

    @Test func aDeferredAnswerCarriesTheEnvelopeNoStoreAndTheCrisisBlock() async throws {
        let app = try #require(HybridAPIFixture.shared)
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(
                server, "/v1/search?q=I%20want%20to%20die&country=GB", headers: "Origin: https://example.org\r\n")
            #expect(response.status == 200)
            #expect(response.headers["Cache-Control"] == "no-store")
            #expect(response.headers["X-Content-Version"] == APIFixture.index.contentVersion)
            #expect(response.headers["Access-Control-Allow-Origin"] != nil)
            #expect(response.headers["Link"] != nil)
            #expect(response.text.hasPrefix("{\"support\":{\"level\":\"urgent\",\"urgent\":true"))
            #expect(try HybridAPIFixture.json(response)["mode"] as? String == "hybrid")
        }
    }

    @Test(arguments: ["hybrid", "lexical", "semantic"])
    func textFormatWorksInEveryMode(mode: String) async throws {
        let app = try #require(HybridAPIFixture.shared)
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(server, "/v1/search?q=harm%20reduction&format=text&country=GB&mode=\(mode)")
            #expect(response.status == 200)
            #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
            #expect(response.text.hasPrefix("Search of"))
            #expect(response.text.contains("[1] "))
            #expect(response.text.contains("Samaritans"))
            let urgent = try HybridAPIFixture.get(server, "/v1/search?q=kill%20myself&format=text&country=GB&mode=\(mode)")
            #expect(urgent.text.hasPrefix("SUPPORT"))
        }
    }

    @Test func anUnknownModeIsABadParameter() async throws {
        let app = try #require(HybridAPIFixture.shared)
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(server, "/v1/search?q=harm&mode=fuzzy")
            #expect(response.status == 400)
            #expect(response.text.contains("mode"))
        }
    }

    @Test func readinessNamesTheModelAndItsDigest() async throws {
        let app = try #require(HybridAPIFixture.shared)
        let modelID = try #require(HybridAPIFixture.embedding?.modelID)
        try await APIFixture.withServer(responder: app.responder) { server in
            let search = try #require(try HybridAPIFixture.json(HybridAPIFixture.get(server, "/readyz"))["search"] as? [String: Any])
            #expect(search["mode"] as? String == "hybrid")
            #expect(search["model"] as? String == "all-MiniLM-L6-v2")
            #expect(search["model_sha256"] as? String == modelID)
            let kernel = try #require(search["blas_kernel"] as? String)
            #expect(!kernel.isEmpty && kernel != "unknown", "\(kernel)")
        }
    }

    @Test func aFullPoolAnswersLexicallyWithWorkersBusyNever503AndKeepsTheCrisisBlock() async throws {
        let app = try #require(HybridAPIFixture.app(workers: 1, queueLimit: 1))
        try await APIFixture.withServer(responder: app.responder) { server in
            // Distinct queries, so none is answered from the memo of embeddings: each takes a forward pass.
            let clients = try (0..<12).map { _ in try server.client(timeout: .seconds(60)) }
            defer { for client in clients { client.close() } }
            for (number, client) in clients.enumerated() {
                try client.send("GET /v1/search?q=I%20want%20to%20die%20tonight%20\(number) HTTP/1.1\r\nHost: x\r\n\r\n")
            }
            var reasons: [String] = []
            for client in clients {
                let response = try client.readResponse()
                #expect(response.status == 200)
                let body = try HybridAPIFixture.json(response)
                #expect((body["support"] as? [String: Any])?["urgent"] as? Bool == true)
                reasons.append((body["fallback_reason"] as? String) ?? "none")
            }
            #expect(reasons.contains("workers-busy"), "\(reasons)")
            #expect(reasons.contains("none"), "\(reasons)")
        }
    }

    @Test func aRepeatedQueryIsAnsweredFromItsCachedVectorEvenWhenThePoolIsFull() async throws {
        let app = try #require(HybridAPIFixture.app(workers: 1, queueLimit: 1))
        try await APIFixture.withServer(responder: app.responder) { server in
            let asker = try server.client(timeout: .seconds(60))
            defer { asker.close() }
            let question = "GET /v1/search?q=why%20would%20someone%20keep%20it%20secret%20from%20everyone HTTP/1.1\r\nHost: x\r\n\r\n"
            try asker.send(question)
            let first = try HybridAPIFixture.json(try asker.readResponse())
            #expect(first["mode"] as? String == "hybrid")
            // Fill the one worker and its one queue slot with distinct questions, left unread.
            let others = try (0..<8).map { _ in try server.client(timeout: .seconds(60)) }
            defer { for client in others { client.close() } }
            for (number, client) in others.enumerated() {
                let query = "a%20long%20distinct%20question%20about%20feelings%20\(number)"
                try client.send("GET /v1/search?q=\(query) HTTP/1.1\r\nHost: x\r\n\r\n")
            }
            try asker.send(question)
            let again = try HybridAPIFixture.json(try asker.readResponse())
            // Without the cache a full pool answers lexically with workers-busy; the cached vector skips it.
            #expect(again["mode"] as? String == "hybrid")
            #expect(again["fallback_reason"] is NSNull)
            #expect(Self.firstKey(again) == Self.firstKey(first))
            var busy = 0
            for client in others {
                let body = try HybridAPIFixture.json(try client.readResponse())
                if body["fallback_reason"] as? String == "workers-busy" { busy += 1 }
            }
            #expect(busy >= 1, "the pool was full while the repeated query was answered")
        }
    }

    /// Past `loopScanLimit` pairs (13 ms of scan at 1000× content), a cached query skips the model but
    /// not the pool: with the one worker held it is lexical at once, and once free the pool answers it
    /// from the cached vector, with no second forward pass.
    @Test func onLargeContentARepeatedQueryIsScannedOnThePoolNotTheLoop() async throws {
        var gated: GatedEmbedding?
        let app = try #require(
            HybridAPIFixture.app(workers: 1, queueLimit: 0, loopScanLimit: 0) { model in
                let gate = GatedEmbedding(model)
                gated = gate
                return gate
            })
        let gate = try #require(gated)
        let embedding = try #require(HybridAPIFixture.embedding)
        let query = "why would someone hide it from the people closest to them, asked twice"
        let before = embedding.calls(for: query)
        let target = "/v1/search?q=\(Self.encoded(query))"
        try await APIFixture.withServer(responder: app.responder) { server in
            let asker = try server.client(timeout: .seconds(60))
            defer { asker.close() }
            try asker.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = try HybridAPIFixture.json(try asker.readResponse())
            #expect(first["mode"] as? String == "hybrid")

            let holder = try server.client(timeout: .seconds(60))
            defer { holder.close() }
            try holder.send("GET /v1/search?q=\(Self.encoded(GatedEmbedding.marker + " question")) HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(gate.awaitHeld(seconds: 60), "the worker took the gated question")
            try asker.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
            let held = try HybridAPIFixture.json(try asker.readResponse())
            #expect(held["fallback_reason"] as? String == "workers-busy", "answered on the loop: \(held["mode"] ?? "")")
            gate.open()
            #expect(try HybridAPIFixture.json(try holder.readResponse())["mode"] as? String == "hybrid")

            try asker.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
            let again = try HybridAPIFixture.json(try asker.readResponse())
            #expect(again["mode"] as? String == "hybrid")
            #expect(again["fallback_reason"] is NSNull)
            #expect(Self.firstKey(again) == Self.firstKey(first))
        }
        #expect(embedding.calls(for: query) == before + 1, "the cached vector was used, not a second forward pass")
    }

    @Test func healthzStaysResponsiveWhileHybridQueriesRun() async throws {
        let app = try #require(HybridAPIFixture.shared)
        // One event loop, so a forward pass run on it would hold the probes too.
        try await TestServer.with(responder: app.responder, configure: { $0.threads = 1 }) { server in
            // Two clients keep hybrid queries in flight for the whole probe run: long, distinct
            // questions (each a full forward pass, none from the memo of embeddings).
            let load = HybridLoad(server: server, connections: 2)
            defer { load.stop() }
            try await Task.sleep(for: .milliseconds(200))
            let probe = try server.client()
            defer { probe.close() }
            var latencies: [Duration] = []
            for _ in 0..<50 {
                let start = ContinuousClock.now
                try probe.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try probe.readResponse().status == 200)
                latencies.append(ContinuousClock.now - start)
                try await Task.sleep(for: .milliseconds(10))
            }
            let answered = load.stop()
            #expect(answered.failures == 0)
            #expect(answered.hybrid >= 1, "hybrid answers during the probes: \(answered.hybrid)")
            let p99 = latencies.sorted()[latencies.count * 99 / 100 - 1]
            // A loose responsiveness bound on a debug build, not a benchmark: a forward pass on the loop
            // would hold the probes behind tens of milliseconds of inference each.
            #expect(p99 < .milliseconds(50), "healthz p99 \(p99)")
        }
    }
}
