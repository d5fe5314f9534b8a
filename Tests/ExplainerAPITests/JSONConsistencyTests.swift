import ExplainerAPI
import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// The API's JSON is one language: `id` on every resource, one list shape (search included), one
/// self-link name, strings escaped only as RFC 8259 requires, and `pretty` as true/false or 1/0.
@Suite struct JSONConsistencyTests {
    /// Every list, search included, and the page it answers.
    static let listTargets = APIFixture.lists.map(\.path) + ["/v1/search?q=harm%20reduction&limit=3"]

    @Test func htmlInsideJSONIsSentAsWrittenThroughARealSocket() async throws {
        try await TestServer.with(responder: APIFixture.responder) { server in
            let client = try server.client()
            defer { client.close() }
            try client.send("GET /v1/sections/research-shows HTTP/1.1\r\nHost: x\r\n\r\n")
            let section = String(decoding: try client.readResponse().body, as: UTF8.self)
            #expect(section.contains(#""html":"<ul>\n<li>A diminished pain perception"#))
            try client.send("GET /v1/search?q=harm%20reduction&mode=lexical HTTP/1.1\r\nHost: x\r\n\r\n")
            let search = String(decoding: try client.readResponse().body, as: UTF8.self)
            #expect(search.contains("<mark>"))
            for body in [section, search] {
                #expect(!body.contains(#"\u003c"#) && !body.contains(#"\u003e"#) && !body.contains(#"\u0026"#))
            }
        }
    }

    @Test(arguments: listTargets)
    func everyListHasItemsTotalLimitAndSelfAndNextLinks(target: String) throws {
        let body = try APIFixture.json(APIFixture.send(target))
        let items = try #require(body["items"] as? [[String: Any]], "\(target)")
        #expect(!items.isEmpty)
        #expect(body["total"] is Int && body["limit"] is Int)
        #expect(body["results"] == nil)
        let links = try #require(body["links"] as? [String: Any])
        #expect((links["self"] as? String)?.hasPrefix("/") == true)
        // `next` is always present: a path, or null on the last page (search answers one page).
        #expect(links.keys.contains("next"))
        for item in items {
            #expect(item["id"] is String, "\(target)")
            // `url` is only ever an outside address (a source's article), never the item's own path.
            #expect((item["url"] as? String)?.hasPrefix("/") != true, "\(target): the self link is links.self")
            let itemLinks = try #require(item["links"] as? [String: Any], "\(target)")
            #expect((itemLinks["self"] as? String)?.hasPrefix("/v1/") == true, "\(target)")
        }
    }

    @Test func aSearchHitsSelfLinkAndItsSectionsAreLinksSelf() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/search?q=harm%20reduction&limit=5&mode=lexical"))
        let items = try #require(body["items"] as? [[String: Any]])
        let passage = try #require(items.first { $0["type"] as? String == "passage" })
        let section = try #require(passage["section"] as? [String: Any])
        let sectionID = try #require(section["id"] as? String)
        #expect((section["links"] as? [String: Any])?["self"] as? String == "/v1/sections/\(sectionID)")
        #expect(section["url"] == nil)
        #expect((passage["links"] as? [String: Any])?["self"] as? String == "/v1/sections/\(sectionID)")
        #expect((body["links"] as? [String: Any])?["next"] is NSNull)
    }

    @Test func aGlossaryTermLeadsWithItsIDAndKeepsSlugAsAnAlias() throws {
        let response = APIFixture.send("/v1/glossary/nssi")
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(#"{"id":"nssi","slug":"nssi","#))
        let trimmed = try APIFixture.json(APIFixture.send("/v1/glossary/nssi?fields=term"))
        #expect(Set(trimmed.keys) == ["id", "slug", "term", "links"])
        let list = try APIFixture.json(APIFixture.send("/v1/glossary?fields=id&limit=1"))
        #expect((list["items"] as? [[String: Any]])?.first?["id"] as? String == APIFixture.index.glossary.first?.slug)
    }

    @Test func theRootNamesTheTermTemplateByID() throws {
        let links = try #require(try APIFixture.json(APIFixture.send("/"))["links"] as? [String: Any])
        #expect(links["glossary_term"] as? String == "/v1/glossary/{id}")
        #expect(links["section"] as? String == "/v1/sections/{id}")
    }

    @Test(arguments: ["/", "/v1/sections/research-shows", "/v1/glossary", "/v1/support?country=GB", "/v1/search?q=relief"])
    func prettyTakesTrueAndFalseAsWellAsOneAndZero(target: String) throws {
        let join = target.contains("?") ? "&" : "?"
        func text(_ pretty: String?) -> String {
            String(decoding: APIFixture.send(target + (pretty.map { join + "pretty=" + $0 } ?? "")).body, as: UTF8.self)
        }
        let compact = text(nil)
        let indented = text("1")
        #expect(indented.contains("\n  ") && !compact.contains("\n  "))
        #expect(text("true") == indented)
        #expect(text("false") == compact)
        #expect(text("0") == compact)
        let refused = APIFixture.send(target + join + "pretty=yes")
        #expect(refused.status == .badRequest)
        let problem = try APIFixture.json(refused)
        #expect(problem["parameter"] as? String == "pretty")
        #expect(problem["allowed"] as? [String] == ["true", "false", "1", "0"])
    }
}
