import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// The crisis detector's model layer through the real accept loop: `/v1/signals` and the support
/// block of `/v1/search` raised by an urgent exemplar the rules and the lexical layer do not catch,
/// assessed on the worker pool; and with the pool full, the rules answering at once, never a 503.
@Suite(.enabled(if: HybridAPIFixture.shouldRun, "no model in Models/ (scripts/fetch-model.sh)"))
struct CrisisModelAPITests {
    /// An urgent exemplar in words neither the rules nor the lexical classifier read as danger. Since
    /// crisis-rules/6 the two catch every exemplar of the real bank (and the variants tried of them),
    /// so the model layer's raise is seen through a copy of `Content/` whose bank also holds this one.
    static let quietExemplar = "a paper boat drifting out past the harbour lights"

    /// A copy of `Content/` with `quietExemplar` added to its exemplar bank, made once.
    static let contentWithQuietExemplar: String? = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crisis-model-api-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        do {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: APIFixture.packageRoot + "/Content"), to: directory)
            let bank = directory.appendingPathComponent("crisis-exemplars.json")
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: bank)) as? [String: Any] ?? [:]
            var exemplars = object["exemplars"] as? [[String: Any]] ?? []
            exemplars.append(["id": "urgent-quiet-test", "level": "urgent", "text": quietExemplar])
            object["exemplars"] = exemplars
            try JSONSerialization.data(withJSONObject: object).write(to: bank)
            return directory.path
        } catch {
            return nil
        }
    }()

    /// The hybrid app over that copy, `workers` threads and a queue of `queueLimit`.
    static func app(workers: Int = 2, queueLimit: Int = 64) throws -> ExplainerApp {
        let directory = try #require(contentWithQuietExemplar, "the content copy could not be made")
        return try #require(HybridAPIFixture.app(workers: workers, queueLimit: queueLimit, contentDirectory: directory))
    }

    /// The quiet exemplar, checked to be below urgent without the model: only the model layer can raise it.
    static func messageOnlyTheModelRaises() throws -> String {
        let assessment = CrisisDetector().assess(quietExemplar)
        #expect(assessment.level != .urgent, "the rules or the classifier read it as urgent: \(assessment.reasons)")
        return quietExemplar
    }

    @Test func aSignalTheRulesMissIsRaisedToUrgentByTheModelWithItsReasonAndVersion() async throws {
        let app = try Self.app()
        #expect(app.live.semantic.awaitCrisisModel(seconds: 300))
        let text = try Self.messageOnlyTheModelRaises()
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try SignalsAPITests.post(server, json: #"{"text": \#(SignalsAPITests.quoted(text)), "country": "GB"}"#)
            #expect(response.status == 200)
            #expect(response.headers["Cache-Control"] == "no-store")
            let body = try SignalsAPITests.object(response)
            #expect(body["level"] as? String == "urgent")
            #expect((body["reasons"] as? [String])?.contains("model.exemplar-urgent") == true, "\(body["reasons"] ?? "")")
            let version = try #require(body["detector_version"] as? String)
            #expect(version.hasPrefix(CrisisDetector.version + "+all-MiniLM-L6-v2/exemplars-"), "\(version)")
            #expect((body["support"] as? [String: Any])?["emergency_first"] as? Bool == true)
        }
    }

    @Test func theSearchSupportBlockIsRaisedByTheModelToo() async throws {
        let app = try Self.app()
        #expect(app.live.semantic.awaitCrisisModel(seconds: 300))
        let text = try Self.messageOnlyTheModelRaises()
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(server, "/v1/search?q=\(HybridSearchAPITests.encoded(text))&country=GB")
            #expect(response.status == 200)
            let support = try #require(try HybridAPIFixture.json(response)["support"] as? [String: Any])
            #expect(support["urgent"] as? Bool == true)
            #expect((support["reasons"] as? [String])?.contains("model.exemplar-urgent") == true, "\(support["reasons"] ?? "")")
        }
    }

    /// Retrieval and the crisis model layer share one forward pass of the query: the layer compares
    /// the vector the worker just made (`CrisisExemplarSimilarity.knowing`). Before, each hybrid search
    /// embedded its query twice, which halved how many distinct queries two workers could serve.
    @Test func aHybridSearchEmbedsItsQueryOnceForRetrievalAndTheCrisisLayer() async throws {
        let app = try #require(HybridAPIFixture.shared)
        let embedding = try #require(HybridAPIFixture.embedding)
        #expect(app.live.semantic.awaitCrisisModel(seconds: 300))
        let query = "which part talks about feelings kept bottled up for weeks"
        #expect(CrisisDetector().assess(query).level != .urgent, "the rules must leave it to the model layer")
        try await APIFixture.withServer(responder: app.responder) { server in
            let response = try HybridAPIFixture.get(server, "/v1/search?q=\(HybridSearchAPITests.encoded(query))&country=GB")
            #expect(response.status == 200)
            #expect(try HybridAPIFixture.json(response)["mode"] as? String == "hybrid")
        }
        #expect(embedding.calls(for: query) == 1, "the query was embedded \(embedding.calls(for: query)) times")
    }

    @Test func withThePoolFullTheRulesAnswerAtOnceNever503() async throws {
        let app = try Self.app(workers: 1, queueLimit: 0)
        #expect(app.live.semantic.awaitCrisisModel(seconds: 300))
        let text = try Self.messageOnlyTheModelRaises()
        try await APIFixture.withServer(responder: app.responder) { server in
            // Distinct texts, so none is answered from the test's memo of embeddings: each takes a forward pass.
            let clients = try (0..<12).map { _ in try server.client(timeout: .seconds(60)) }
            defer { for client in clients { client.close() } }
            for (number, client) in clients.enumerated() {
                let body = Array(#"{"text": \#(SignalsAPITests.quoted(text + " \(number)"))}"#.utf8)
                let head = "POST /v1/signals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
                try client.send(Array(head.utf8) + body)
            }
            var versions: [String] = []
            for client in clients {
                let response = try client.readResponse()
                #expect(response.status == 200)
                versions.append(try SignalsAPITests.object(response)["detector_version"] as? String ?? "")
            }
            #expect(versions.contains(CrisisDetector.version), "some answered by the rules alone: \(versions)")
            #expect(versions.contains { $0.hasPrefix(CrisisDetector.version + "+") }, "some answered by the model: \(versions)")
        }
    }
}
