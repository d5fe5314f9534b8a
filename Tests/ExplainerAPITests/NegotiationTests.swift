import Testing

/// `Accept` on a section: JSON by default, its Markdown or plain-text body alone when asked.
@Suite struct NegotiationTests {
    static let section = APIFixture.index.sections[5]

    @Test func markdownAloneIsTheStoredBody() {
        let response = APIFixture.send("/v1/sections/\(Self.section.id)", headers: [("Accept", "text/markdown")])
        #expect(response.headers["Content-Type"] == "text/markdown; charset=utf-8")
        #expect(response.body == Array(Self.section.markdown.utf8))
        #expect(response.headers["Vary"] == "Accept, Accept-Encoding")
    }

    @Test func plainTextAloneIsTheRenderedText() {
        let response = APIFixture.send("/v1/sections/\(Self.section.id)", headers: [("Accept", "text/plain;q=0.9, application/json;q=0.5")])
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(response.body == Array((APIFixture.index.rendering(sectionID: Self.section.id)?.plainText ?? "-").utf8))
    }

    @Test(arguments: [nil, "*/*", "application/json", "text/html,application/xhtml+xml,*/*;q=0.8", "image/png"])
    func anythingElseGetsJSON(accept: String?) {
        let headers = accept.map { [("Accept", $0)] } ?? []
        let response = APIFixture.send("/v1/sections/\(Self.section.id)", headers: headers)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
    }

    @Test func annotatedHTMLLinksGlossaryTerms() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/sections/\(Self.section.id)?annotate=glossary&format=html"))
        let html = try #require((body["body"] as? [String: Any])?["html"] as? String)
        #expect(html.contains("<a class=\"glossary-term\" data-term=\""))
        #expect((body["body"] as? [String: Any])?["text"] == nil)
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let text = String(decoding: APIFixture.send("/v1/sections/\(Self.section.id)").body, as: UTF8.self)
        let keys = ["\"id\"", "\"position\"", "\"title\"", "\"content_notes\"", "\"word_count\"", "\"body\"", "\"claims\"", "\"links\""]
        let offsets = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count && offsets == offsets.sorted())
    }
}
