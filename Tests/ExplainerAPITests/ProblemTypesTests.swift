import ExplainerAPI
import Foundation
import HTTPCore
import Testing

@testable import ExplainerAPI

/// Every problem document's `type` leads to a page about it (RFC 9457 §3.1.1): HTML for people,
/// JSON with `Accept: application/json`; absolute when the public URL is known.
@Suite struct ProblemTypesTests {
    static let slugs = ProblemCatalog.all.map(\.slug)

    @Test func everyKindTheServerAnswersWithIsInTheCatalogOnce() {
        let kinds = HTTPProblem.allCases.map(\.slug) + APIProblemType.allCases.map(\.slug)
        #expect(Self.slugs == kinds)
        #expect(Set(Self.slugs).count == Self.slugs.count)
    }

    @Test(arguments: slugs)
    func eachTypeHasAnHTMLPageWithItsTitleAndStatus(slug: String) throws {
        let problem = try #require(ProblemCatalog.description(slug: slug))
        let response = APIFixture.send("/problems/\(slug)", headers: [("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.headers["Vary"] == "Accept, Accept-Encoding")
        let page = String(decoding: response.body, as: UTF8.self)
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
        #expect(page.contains("<h1>\(ProblemPage.escape(problem.title))</h1>"))
        #expect(page.contains("<strong>\(problem.status)</strong>"))
        #expect(page.contains("<main>") && !page.lowercased().contains("<script"))
    }

    @Test(arguments: slugs)
    func eachTypeDescribesItselfAsJSONWhenAsked(slug: String) throws {
        let problem = try #require(ProblemCatalog.description(slug: slug))
        let response = APIFixture.send("/problems/\(slug)", headers: [("Accept", "application/json")])
        #expect(response.status == .ok)
        let body = try APIFixture.json(response)
        #expect(body["type"] as? String == "/problems/\(slug)")
        #expect(body["title"] as? String == problem.title)
        #expect(body["status"] as? Int == problem.status)
        #expect((body["advice"] as? String)?.isEmpty == false)
    }

    @Test func theListNamesEveryTypeAndTheRootLinksToIt() throws {
        let list = try APIFixture.json(APIFixture.send("/problems", headers: [("Accept", "application/json")]))
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["slug"] as? String } == Self.slugs)
        let root = try APIFixture.json(APIFixture.send("/"))
        #expect((root["links"] as? [String: Any])?["problems"] as? String == "/problems")
    }

    @Test func anErrorsTypeLeadsToItsPage() throws {
        let error = try APIFixture.json(APIFixture.send("/v1/sections?limit=0"))
        let type = try #require(error["type"] as? String)
        #expect(type == "/problems/invalid-parameter")
        let page = try APIFixture.json(APIFixture.send(type, headers: [("Accept", "application/json")]))
        #expect(page["type"] as? String == type)
        #expect(page["status"] as? Int == error["status"] as? Int)
    }

    @Test func anUnknownTypeIsNotFoundWithTheNearestTypes() throws {
        let response = APIFixture.send("/problems/invalid-parametre")
        #expect(response.status == .notFound)
        let body = try APIFixture.json(response)
        #expect((body["suggestions"] as? [String])?.first == "invalid-parameter")
    }

    @Test func withAPublicURLEveryTypeIsAbsolute() throws {
        var configuration = APIConfiguration()
        configuration.publicURL = "https://help.example.org/api"
        let app = ExplainerApp(index: APIFixture.index, configuration: configuration)
        let base = "https://help.example.org/api/problems/"
        let routed = try APIFixture.json(APIFixture.send("/v1/sections?limit=0", to: app.responder))
        #expect(routed["type"] as? String == base + "invalid-parameter")
        let unrouted = try APIFixture.json(APIFixture.send("/nowhere", to: app.responder))
        #expect(unrouted["type"] as? String == base + "not-found")
        let described = try APIFixture.json(
            APIFixture.send("/problems/not-found", headers: [("Accept", "application/json")], to: app.responder))
        #expect(described["type"] as? String == base + "not-found")
        // Never built from the request's Host.
        let hosted = try APIFixture.json(
            APIFixture.send("/v1/sections?limit=0", headers: [("X-Forwarded-Host", "evil.example")], to: app.responder))
        #expect(hosted["type"] as? String == base + "invalid-parameter")
    }
}
