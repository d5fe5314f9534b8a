import ExplainerAPI
import Foundation
import HTTPTesting
import Testing

/// `/v1/search` through the API: results ready to cite, and support first when a query signals danger.
@Suite struct SearchAPITests {
    @Test func resultsCarryTypeIDSnippetAndSectionLinks() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/search?q=harm%20reduction&limit=3"))
        let results = try #require(body["items"] as? [[String: Any]])
        #expect(!results.isEmpty && results.count <= 3)
        let first = try #require(results.first)
        for key in ["type", "id", "score", "title", "section", "snippet", "snippet_html", "matches", "sources", "links"] {
            #expect(first[key] != nil, "\(key)")
        }
        #expect(results.contains { ($0["snippet_html"] as? String)?.contains("<mark>") == true })
        #expect((body["support"] as? [String: Any])?["urgent"] as? Bool == false)
    }

    @Test func aDangerQueryLeadsWithTheRegionsSupportLines() throws {
        let response = APIFixture.send("/v1/search?q=I%20want%20to%20die&country=GB")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.hasPrefix("{\"support\":{\"level\":\"urgent\",\"urgent\":true"))
        let support = try #require(try APIFixture.json(response)["support"] as? [String: Any])
        let lines = try #require(support["lines"] as? [[String: Any]])
        #expect(lines.contains { ($0["regions"] as? [String])?.contains("GB") == true })
    }

    @Test func textFormatIsPlainTextWithSupportFirst() {
        let response = APIFixture.send("/v1/search?q=kill%20myself&format=text", headers: [("Accept-Language", "en-US")])
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("SUPPORT"))
    }

    @Test func anOrdinaryQueryStillListsTheRegionsLinesAfterTheLevel() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/search?q=harm%20reduction&country=GB"))
        let support = try #require(body["support"] as? [String: Any])
        #expect(support["level"] as? String == "info")
        #expect(support["detector_version"] as? String != nil)
        #expect(support["reasons"] as? [String] != nil)
        #expect(support["emergency_first"] as? Bool == false)
        #expect((support["lines"] as? [[String: Any]])?.map { $0["id"] as? String } == ["gb-ie-samaritans"])
    }

    @Test func textFormatEndsWithTheLinesWhenTheQueryIsNotUrgent() {
        let text = String(decoding: APIFixture.send("/v1/search?q=harm%20reduction&format=text&country=GB").body, as: UTF8.self)
        let lines = text.range(of: "Samaritans")
        let firstResult = text.range(of: "[1] ")
        #expect(lines != nil && firstResult != nil)
        if let lines, let firstResult { #expect(firstResult.lowerBound < lines.lowerBound) }
    }

    @Test func textFormatPrintsTheBlockInTheJSONOrder() {
        let text = String(decoding: APIFixture.send("/v1/search?q=kill%20myself&format=text&country=GB").body, as: UTF8.self)
        let emergency = text.range(of: "- Emergency: 999")
        let line = text.range(of: "- Samaritans")
        #expect(emergency != nil && line != nil)
        if let emergency, let line { #expect(emergency.lowerBound < line.lowerBound) }
    }

    @Test func searchAnswersAreNoStoreWithoutValidatorsAndNever304() async throws {
        try await APIFixture.withServer { server in
            let client = try server.client()
            defer { client.close() }
            for encoding in ["identity", "gzip"] {
                try client.send("GET /v1/search?q=pain HTTP/1.1\r\nHost: x\r\nAccept-Encoding: \(encoding)\r\n\r\n")
                let response = try client.readResponse()
                #expect(response.status == 200)
                #expect(response.headers["Cache-Control"] == "no-store")
                #expect(response.headers["ETag"] == nil && response.headers["Last-Modified"] == nil)
            }
            try client.send(
                "GET /v1/search?q=pain HTTP/1.1\r\nHost: x\r\nIf-None-Match: *\r\n"
                    + "If-Modified-Since: Sun, 06 Nov 2044 08:49:37 GMT\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
    }

    @Test func searchesAreNeverMemoised() async throws {
        let app = ExplainerApp(index: APIFixture.index)
        try await APIFixture.withServer(responder: app.responder) { server in
            let client = try server.client()
            defer { client.close() }
            for target in ["/v1/search?q=pain", "/v1/search?q=pain", "/v1/search?q=pain&format=text", "/v1/search?q=pain&pretty=1"] {
                try client.send("GET \(target) HTTP/1.1\r\nHost: x\r\n\r\n")
                #expect(try client.readResponse().status == 200)
            }
        }
        let memo = app.live.memoStatistics
        #expect(memo.hits == 0 && memo.misses == 0 && memo.bytes == 0)
    }
}
