import Testing

/// `/v1/search.txt` is search's text form as an operation of its own (one media type per operation);
/// `?format=text`, its older spelling, keeps answering the same bytes.
@Suite struct SearchTextTests {
    @Test(arguments: ["q=harm%20reduction&country=GB", "q=kill%20myself&country=GB&limit=2", "q=pain&types=glossary&mode=lexical"])
    func theTextOperationAnswersWhatFormatTextDid(query: String) {
        let text = APIFixture.send("/v1/search.txt?" + query)
        let alias = APIFixture.send("/v1/search?" + query + "&format=text")
        #expect(text.status == .ok)
        #expect(text.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(text.headers["Cache-Control"] == "no-store")
        #expect(text.body == alias.body)
        #expect(String(decoding: text.body, as: UTF8.self).contains("Search of \"unpacking self-harm\" for: "))
    }

    @Test(arguments: ["format=json", "format=text", "pretty=1"])
    func theTextOperationRefusesJSONOnlyParameters(extra: String) throws {
        let response = APIFixture.send("/v1/search.txt?q=pain&" + extra)
        #expect(response.status == .badRequest)
        #expect(try APIFixture.json(response)["type"] as? String == "/problems/unknown-parameter")
    }

    @Test func theJSONOperationStillAnswersJSON() {
        let response = APIFixture.send("/v1/search?q=pain")
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
    }
}
