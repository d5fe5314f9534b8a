import Testing

/// Help is never more than one link away: `links.support` and `Link: rel="help"`, and `/v1/support` by region.
@Suite struct SupportTests {
    @Test(arguments: APIFixture.resourcePaths.filter { $0 != "/" && $0 != "/v1/support" })
    func everyContentDocumentLinksToSupport(path: String) throws {
        let response = APIFixture.send(path)
        let links = try #require(try APIFixture.json(response)["links"] as? [String: Any])
        #expect(links["support"] as? String == "/v1/support")
        #expect(response.headers["Link"]?.contains("</v1/support>; rel=\"help\"") == true)
    }

    @Test func everyResponseCarriesTheHelpLinkAndContentVersion() {
        for (target, method) in [("/healthz", "GET"), ("/nowhere", "GET"), ("/v1/sections", "OPTIONS"), ("/v1/sections", "DELETE")] {
            let response = APIFixture.send(target, method: .init(rawValue: method))
            #expect(response.headers["Link"]?.contains("rel=\"help\"") == true, "\(method) \(target)")
            #expect(response.headers["X-Content-Version"] == APIFixture.index.contentVersion)
        }
    }

    @Test func aRegionWithLinesGetsThem() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/support?country=gb"))
        #expect(body["region"] as? String == "GB")
        #expect(body["fallback"] as? Bool == false)
        let lines = try #require(body["lines"] as? [[String: Any]])
        #expect(!lines.isEmpty && lines.allSatisfy { ($0["regions"] as? [String])?.contains("GB") == true })
        let numbers = (body["emergency"] as? [String: Any])?["numbers"] as? [[String: Any]]
        #expect(numbers?.compactMap { $0["number"] as? String } == ["999"])
    }

    @Test func aRegionWithoutLinesFallsBackToTheInternationalDirectoryAndEveryEmergencyNumber() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/support?country=FR"))
        #expect(body["fallback"] as? Bool == true)
        let lines = try #require(body["lines"] as? [[String: Any]])
        #expect(!lines.isEmpty && lines.allSatisfy { ($0["regions"] as? [String])?.contains("*") == true })
        let numbers = (body["emergency"] as? [String: Any])?["numbers"] as? [[String: Any]]
        #expect(numbers?.count == APIFixture.index.emergencyLines.count)
    }

    @Test func acceptLanguageRegionIsUsedWithoutCountry() throws {
        let response = APIFixture.send("/v1/support", headers: [("Accept-Language", "fr;q=0.9, en-AU")])
        #expect(try APIFixture.json(response)["region"] as? String == "AU")
        #expect(response.headers["Vary"]?.contains("Accept-Language") == true)
        let explicit = APIFixture.send("/v1/support?country=US", headers: [("Accept-Language", "en-AU")])
        #expect(try APIFixture.json(explicit)["region"] as? String == "US")
    }
}
