import Testing

/// `/v1/search` through the API: results ready to cite, and support first when a query signals danger.
@Suite struct SearchAPITests {
    @Test func resultsCarryTypeIDSnippetAndSectionLinks() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/search?q=harm%20reduction&limit=3"))
        let results = try #require(body["results"] as? [[String: Any]])
        #expect(!results.isEmpty && results.count <= 3)
        let first = try #require(results.first)
        for key in ["type", "id", "score", "title", "url", "section", "snippet", "snippet_html", "matches", "sources"] {
            #expect(first[key] != nil, "\(key)")
        }
        #expect(results.contains { ($0["snippet_html"] as? String)?.contains("<mark>") == true })
        #expect((body["support"] as? [String: Any])?["urgent"] as? Bool == false)
    }

    @Test func aDangerQueryLeadsWithTheRegionsSupportLines() throws {
        let response = APIFixture.send("/v1/search?q=I%20want%20to%20die&country=GB")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.hasPrefix("{\"support\":{\"urgent\":true"))
        let support = try #require(try APIFixture.json(response)["support"] as? [String: Any])
        let lines = try #require(support["lines"] as? [[String: Any]])
        #expect(lines.contains { ($0["regions"] as? [String])?.contains("GB") == true })
    }

    @Test func textFormatIsPlainTextWithSupportFirst() {
        let response = APIFixture.send("/v1/search?q=kill%20myself&format=text", headers: [("Accept-Language", "en-US")])
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix("SUPPORT"))
    }

    @Test func searchAnswersAreCachedLikeOtherResources() throws {
        let first = APIFixture.send("/v1/search?q=pain")
        let tag = try #require(first.headers["ETag"])
        #expect(APIFixture.send("/v1/search?q=pain", headers: [("If-None-Match", tag)]).status == .notModified)
    }
}
