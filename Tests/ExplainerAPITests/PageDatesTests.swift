import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// The pages and their JSON-LD follow the caching rules: `Last-Modified` and `dateModified` come from
/// the content the page shows (`Content/dates.json`), no `public`, and the stylesheet stays immutable.
@Suite struct PageDatesTests {
    /// The day the fixtures give one file, later than every other.
    static let later = "Sat, 05 Dec 2026 00:00:00 GMT"

    /// The page's own node of a JSON-LD document (the first of its `@graph`).
    static func pageNode(_ response: Response) throws -> [String: Any] {
        let graph = try #require(try APIFixture.json(response)["@graph"] as? [[String: Any]])
        return try #require(graph.first)
    }

    @Test func aChangeToSourcesJSONMovesThePagesAndTheirJSONLDButNotTheSectionJSON() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "sources.json", dated: "2026-12-05")).responder
        func send(_ path: String) -> Response { APIFixture.send(path, to: responder) }
        // A section page cites its claims' sources, so sources.json is part of it; the section's JSON is not.
        #expect(send("/explainer/research-shows").headers["Last-Modified"] == Self.later)
        #expect(send("/explainer").headers["Last-Modified"] == Self.later)
        #expect(send("/v1/sections/research-shows").headers["Last-Modified"] == ContentDateTests.explainerDay)
        let sectionLD = send("/v1/sections/research-shows?format=jsonld")
        #expect(sectionLD.headers["Last-Modified"] == Self.later)
        let node = try Self.pageNode(sectionLD)
        #expect(node["dateModified"] as? String == "2026-12-05")
        // No person has reviewed a section, and the team's source check is not a review.
        #expect(node["lastReviewed"] == nil)
        #expect(try Self.pageNode(send("/v1/explainer?format=jsonld"))["dateModified"] as? String == "2026-12-05")
        // The page embeds the same date.
        #expect(PagesTests.text(send("/explainer/research-shows")).contains("\"dateModified\":\"2026-12-05\""))
    }

    @Test func anUnknownDayLeavesOutLastModifiedAndDateModified() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "harm-reduction", dated: nil)).responder
        let page = APIFixture.send("/explainer/harm-reduction", to: responder)
        #expect(page.status == .ok && page.headers["Last-Modified"] == nil)
        #expect(APIFixture.send("/explainer", to: responder).headers["Last-Modified"] == nil)
        let ld = APIFixture.send("/v1/sections/harm-reduction?format=jsonld", to: responder)
        #expect(ld.headers["Last-Modified"] == nil)
        #expect(try Self.pageNode(ld)["dateModified"] == nil)
        // A neighbour whose files are all dated keeps its date.
        #expect(APIFixture.send("/explainer/not-suicide", to: responder).headers["Last-Modified"] == ContentDateTests.explainerDay)
    }

    @Test(arguments: ["/explainer", "/explainer/not-suicide", "/explainer?country=GB", "/v1/sections/not-suicide?format=jsonld"])
    func pagesAndJSONLDAreSharedCacheableWithoutPublic(path: String) {
        let cacheControl = APIFixture.send(path).headers["Cache-Control"] ?? ""
        #expect(cacheControl == "max-age=300, stale-while-revalidate=86400")
        #expect(!cacheControl.contains("public") && !cacheControl.contains("private"))
    }

    @Test func theStylesheetIsImmutableWithoutAContentDate() {
        let response = APIFixture.send(PageStylesheet.path)
        #expect(response.headers["Cache-Control"] == ResponseCaching.immutableCacheControl)
        #expect(response.headers["Last-Modified"] == nil)
    }
}
