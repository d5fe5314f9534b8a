import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// `POST /v1/signals` through the real accept loop: the body's bounds and shapes, the level, and the
/// support block's order for each kind of message.
@Suite struct SignalsAPITests {
    /// Sends one POST on a fresh connection and reads the answer.
    static func post(
        _ server: TestServer, _ body: [UInt8], contentType: String? = "application/json", headers: [(String, String)] = []
    ) throws -> RawResponse {
        let client = try server.client()
        defer { client.close() }
        var head = "POST /v1/signals HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        try client.send(Array((head + "\r\n").utf8) + body)
        return try client.readResponse()
    }

    static func post(_ server: TestServer, json: String) throws -> RawResponse { try post(server, Array(json.utf8)) }

    /// A JSON string literal for `text` (quotes and backslashes escaped).
    static func quoted(_ text: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [text], options: [.fragmentsAllowed])
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    static func object(_ response: RawResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    /// The keys of the support block in the order they were written.
    static func supportKeyOrder(_ response: RawResponse) -> [String] {
        let text = response.text
        return ["\"emergency\":", "\"lines\":"].sorted {
            (text.range(of: $0)?.lowerBound ?? text.endIndex) < (text.range(of: $1)?.lowerBound ?? text.endIndex)
        }
    }

    @Test func anUrgentMessageAnswersTheLevelReasonsAndEmergencyNumbersFirst() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, json: #"{"text": "I want to die tonight", "country": "GB"}"#)
            #expect(response.status == 200)
            #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
            let body = try Self.object(response)
            #expect(body["level"] as? String == "urgent")
            #expect(body["urgent"] as? Bool == true)
            #expect(body["detector_version"] as? String == CrisisDetector.version)
            #expect(body["language_understood"] as? Bool == true)
            let reasons = try #require(body["reasons"] as? [String])
            #expect(!reasons.isEmpty)
            let idBytes = Set("abcdefghijklmnopqrstuvwxyz.-".utf8)
            #expect(reasons.allSatisfy { $0.contains(".") && $0.utf8.allSatisfy(idBytes.contains) }, "ids, not the text: \(reasons)")
            #expect(!reasons.contains { $0.contains("tonight") })
            let support = try #require(body["support"] as? [String: Any])
            #expect(support["region"] as? String == "GB")
            #expect(support["emergency_first"] as? Bool == true)
            #expect((support["message"] as? String)?.isEmpty == false)
            #expect(Self.supportKeyOrder(response) == ["\"emergency\":", "\"lines\":"])
            let numbers = try #require((support["emergency"] as? [String: Any])?["numbers"] as? [[String: Any]])
            #expect(numbers.map { $0["number"] as? String } == ["999"])
            let lines = try #require(support["lines"] as? [[String: Any]])
            #expect(lines.map { $0["id"] as? String } == ["gb-ie-samaritans"])
        }
    }

    @Test func anOrdinaryMessageIsInfoAndStillCarriesTheRegionsLinesBeforeTheNumbers() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, json: #"{"text": "what does harm reduction mean?", "country": "us"}"#)
            let body = try Self.object(response)
            #expect(body["level"] as? String == "info")
            #expect(body["urgent"] as? Bool == false)
            let support = try #require(body["support"] as? [String: Any])
            #expect(support["region"] as? String == "US")
            #expect(support["emergency_first"] as? Bool == false)
            #expect(support["message"] is NSNull)
            #expect(Self.supportKeyOrder(response) == ["\"lines\":", "\"emergency\":"])
            let lines = try #require(support["lines"] as? [[String: Any]])
            #expect(lines.map { $0["id"] as? String } == ["us-988", "us-crisis-text-line"])
            #expect(lines.allSatisfy { $0["helps_people_worried_about_others"] is NSNull })
        }
    }

    @Test func aMedicalEmergencyPutsTheEmergencyNumbersBeforeTheLines() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, json: #"{"text": "my friend took too many pills and is not breathing", "country": "AU"}"#)
            let body = try Self.object(response)
            let reasons = try #require(body["reasons"] as? [String])
            #expect(reasons.contains { $0.hasPrefix("medical.") }, "\(reasons)")
            let support = try #require(body["support"] as? [String: Any])
            #expect(support["emergency_first"] as? Bool == true)
            #expect(Self.supportKeyOrder(response) == ["\"emergency\":", "\"lines\":"])
            let numbers = try #require((support["emergency"] as? [String: Any])?["numbers"] as? [[String: Any]])
            #expect(numbers.map { $0["number"] as? String } == ["000"])
        }
    }

    @Test func aMessageNotUnderstoodGetsTheInternationalLinesFirstAndSaysSo() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, json: #"{"text": "je ne sais plus quoi faire, tout est trop lourd", "country": "GB"}"#)
            let body = try Self.object(response)
            #expect(body["language_understood"] as? Bool == false)
            #expect(body["level"] as? String != "info")
            #expect((body["reasons"] as? [String])?.contains("language.not-understood") == true)
            let support = try #require(body["support"] as? [String: Any])
            #expect((support["language_note"] as? String)?.contains("English") == true)
            let lines = try #require(support["lines"] as? [[String: Any]])
            #expect(lines.map { $0["id"] as? String } == ["intl-findahelpline", "gb-ie-samaritans"])
            #expect(lines.map { $0["international"] as? Bool } == [true, false])
        }
    }

    @Test func withoutACountryTheInternationalLinesAreShownWhateverTheAcceptLanguage() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(
                server, Array(#"{"text": "hello"}"#.utf8), headers: [("Accept-Language", "en-GB")])
            let support = try #require(try Self.object(response)["support"] as? [String: Any])
            #expect(support["region"] is NSNull)
            #expect((support["lines"] as? [[String: Any]])?.map { $0["id"] as? String } == ["intl-findahelpline"])
        }
    }

    @Test func contextCountsAndOnlyItsLastTenMessages() async throws {
        try await APIFixture.withServer { server in
            let earlier = Self.quoted("i've decided, i'm going to end my life")
            let filler = Array(repeating: Self.quoted("ok"), count: 10)
            let message = Self.quoted("at nine tonight")
            let alone = try Self.object(try Self.post(server, json: #"{"text": \#(message)}"#))
            let withContext = try Self.object(
                try Self.post(server, json: #"{"text": \#(message), "context": [\#(earlier)]}"#))
            let pushedOut = try Self.object(
                try Self.post(
                    server, json: #"{"text": \#(message), "context": [\#(([earlier] + filler).joined(separator: ","))]}"#))
            let lastOfTen = try Self.object(
                try Self.post(
                    server,
                    json: #"{"text": \#(message), "context": [\#((filler + [earlier]).joined(separator: ","))]}"#))
            #expect(alone["level"] as? String != "urgent")
            #expect(withContext["level"] as? String == "urgent")
            #expect((withContext["reasons"] as? [String])?.contains("context.builds") == true)
            #expect(pushedOut["level"] as? String == alone["level"] as? String, "an 11th-from-last message no longer counts")
            #expect(lastOfTen["level"] as? String == "urgent")
        }
    }

    @Test func aBodyOf8KiBIsReadAndOneByteMoreIs413BeforeItIsRead() async throws {
        try await APIFixture.withServer { server in
            let prefix = #"{"text": ""#
            let suffix = #""}"#
            let fill = String(repeating: "a", count: SignalRequest.maximumBodyBytes - prefix.utf8.count - suffix.utf8.count)
            let atLimit = Array((prefix + fill + suffix).utf8)
            #expect(atLimit.count == 8_192)
            #expect(try Self.post(server, atLimit).status == 200)
            let over = Array((prefix + fill + "a" + suffix).utf8)
            #expect(try Self.post(server, over).status == 413)
            // Only the head is sent: the parser answers from the announced length, without the body.
            let client = try server.client()
            defer { client.close() }
            try client.send(
                "POST /v1/signals HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8193\r\n\r\n")
            let early = try client.readResponse()
            #expect(early.status == 413)
            #expect(early.headers["Content-Type"] == "application/problem+json")
        }
    }

    @Test(arguments: ["text/plain", "application/x-www-form-urlencoded", nil])
    func aBodyThatIsNotJSONIs415(contentType: String?) async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, Array(#"{"text": "hello"}"#.utf8), contentType: contentType)
            #expect(response.status == 415)
            #expect(response.headers["Accept-Post"]?.contains("application/json") == true)
        }
    }

    @Test func jsonWithACharsetIsAccepted() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, Array(#"{"text": "hello"}"#.utf8), contentType: "application/json; charset=utf-8")
            #expect(response.status == 200)
        }
    }

    static let badBodies: [(body: String, member: String?)] = [
        ("", nil), ("{", nil), ("[\"text\"]", nil), ("\"hello\"", nil), ("null", nil), ("{\"text\": \"a\"} x", nil),
        ("{}", "text"), ("{\"text\": 3}", "text"), ("{\"text\": null}", "text"), ("{\"text\": \"\"}", "text"),
        ("{\"text\": [\"a\"]}", "text"), ("{\"text\": \"a\", \"context\": \"b\"}", "context"),
        ("{\"text\": \"a\", \"context\": [\"b\", 2]}", "context"), ("{\"text\": \"a\", \"country\": \"GBR\"}", "country"),
        ("{\"text\": \"a\", \"country\": 44}", "country"), ("{\"text\": \"a\", \"locale\": \"en\"}", "locale"),
    ]

    @Test(arguments: badBodies)
    func aMalformedBodyIs400NamingWhatIsWrongWithoutQuotingIt(body: String, member: String?) async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, Array(body.utf8))
            #expect(response.status == 400, "\(body)")
            #expect(response.headers["Content-Type"] == "application/problem+json")
            let problem = try Self.object(response)
            #expect(problem["type"] as? String == "/problems/invalid-body")
            #expect(problem["member"] as? String == member, "\(body)")
            #expect((problem["detail"] as? String)?.isEmpty == false)
        }
    }

    @Test func aWrongMethodIs405AllowingPostAndOptions() async throws {
        try await APIFixture.withServer { server in
            let client = try server.client()
            defer { client.close() }
            try client.send("GET /v1/signals HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 405)
            let allow = (response.headers["Allow"] ?? "").split(separator: ", ").sorted()
            #expect(allow == ["OPTIONS", "POST"])
        }
    }

    @Test func aBrowserPreflightForAJSONPostIsAllowed() async throws {
        try await APIFixture.withServer { server in
            let client = try server.client()
            defer { client.close() }
            try client.send(
                "OPTIONS /v1/signals HTTP/1.1\r\nHost: x\r\nOrigin: https://chat.example\r\n"
                    + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: content-type\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 204)
            #expect(response.headers["Access-Control-Allow-Origin"] == "*")
            #expect(response.headers["Access-Control-Allow-Methods"]?.contains("POST") == true)
            #expect(response.headers["Access-Control-Allow-Headers"]?.contains("content-type") == true)
            let post = try Self.post(server, Array(#"{"text": "hello"}"#.utf8), headers: [("Origin", "https://chat.example")])
            #expect(post.headers["Access-Control-Allow-Origin"] == "*")
        }
    }

    @Test func aSignalIsNeverStoredOrValidated() async throws {
        try await APIFixture.withServer { server in
            let response = try Self.post(server, Array(#"{"text": "I want to die"}"#.utf8), headers: [("Accept-Encoding", "gzip")])
            #expect(response.headers["Cache-Control"] == "no-store")
            #expect(response.headers["ETag"] == nil)
            #expect(response.headers["Last-Modified"] == nil)
        }
    }

    @Test func levelsAreCountedByRouteAndNeverTheText() async throws {
        let app = ExplainerApp(index: APIFixture.index)
        let registry = MetricsRegistry()
        app.live.signalCounts.register(in: registry)
        try await APIFixture.withServer(responder: app.responder) { server in
            _ = try Self.post(server, Array(#"{"text": "I want to die"}"#.utf8))
            _ = try Self.post(server, Array(#"{"text": "what is a glossary"}"#.utf8))
            let client = try server.client()
            defer { client.close() }
            try client.send("GET /v1/search?q=kill%20myself HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.readResponse()
        }
        let text = registry.render()
        #expect(text.contains(#"crisis_signals_total{level="urgent",route="/v1/signals"} 1"#))
        #expect(text.contains(#"crisis_signals_total{level="info",route="/v1/signals"} 1"#))
        #expect(text.contains(#"crisis_signals_total{level="urgent",route="/v1/search"} 1"#))
        #expect(text.contains(#"crisis_signals_total{level="concern",route="/v1/search"} 0"#))
        #expect(!text.contains("die") && !text.contains("glossary") && !text.contains("myself"))
    }
}
