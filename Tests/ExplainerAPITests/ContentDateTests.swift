import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// Dates come from the content: `Last-Modified` per resource from the files it is made of, the
/// section dates in the JSON, and `/v1/sections?modified_since=`.
@Suite struct ContentDateTests {
    /// The day `Content/dates.json` gives explainer.json, the newest of today's content.
    static let explainerDay = "Wed, 02 Dec 2026 00:00:00 GMT"
    /// The day support.json and the sections last changed.
    static let november = "Wed, 25 Nov 2026 00:00:00 GMT"
    /// A later day the fixtures give one file.
    static let later = "Sat, 05 Dec 2026 00:00:00 GMT"

    @Test func aChangeToSupportJSONMovesTheResourcesMadeOfItAndNoOthers() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "support.json", dated: "2026-12-05")).responder
        func lastModified(_ path: String) -> String? { APIFixture.send(path, to: responder).headers["Last-Modified"] }
        #expect(lastModified("/v1/support?country=GB") == Self.later)
        #expect(lastModified("/v1/support") == Self.later)
        // Sections show their content notes from support.json; the explainer shows the content version.
        #expect(lastModified("/v1/sections/research-shows") == Self.later)
        #expect(lastModified("/v1/explainer") == Self.later)
        // Claims, sources and glossary terms hold nothing from support.json.
        #expect(lastModified("/v1/claims") == Self.explainerDay)
        #expect(lastModified("/v1/sources/aeon-why-self-harm") == Self.explainerDay)
        #expect(lastModified("/v1/glossary") == Self.explainerDay)
    }

    @Test func aSectionsOwnChangeMovesItButNotItsNeighbours() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "harm-reduction", dated: "2026-12-05")).responder
        #expect(APIFixture.send("/v1/sections/harm-reduction", to: responder).headers["Last-Modified"] == Self.later)
        #expect(APIFixture.send("/v1/sections/not-suicide", to: responder).headers["Last-Modified"] == Self.explainerDay)
        let body = try APIFixture.json(APIFixture.send("/v1/sections/harm-reduction", to: responder))
        #expect(body["date_modified"] as? String == "2026-12-05")
    }

    @Test func anUnknownDateSendsNoLastModifiedAndIfModifiedSinceNeverMatches() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "harm-reduction", dated: nil)).responder
        let response = APIFixture.send("/v1/sections/harm-reduction", to: responder)
        #expect(response.status == .ok)
        #expect(response.headers["Last-Modified"] == nil)
        #expect(try APIFixture.json(response)["date_modified"] is NSNull)
        let conditional = APIFixture.send("/v1/sections/harm-reduction", headers: [("If-Modified-Since", Self.later)], to: responder)
        #expect(conditional.status == .ok)
        // A resource whose files are all dated keeps its date, and 304 still works there.
        #expect(
            APIFixture.send("/v1/support?country=GB", headers: [("If-Modified-Since", Self.november)], to: responder).status == .notModified
        )
    }

    @Test func openAPIHasNoContentDate() {
        let response = APIFixture.send("/openapi.yaml")
        #expect(response.status == .ok && response.headers["Last-Modified"] == nil)
    }

    @Test func sectionsCarryTheirDatesAndNoInventedReview() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/sections/not-suicide"))
        #expect(body["date_modified"] as? String == "2026-11-25")
        #expect(body["last_reviewed"] is NSNull)
        #expect(body["next_review"] is NSNull)
        let explainer = try APIFixture.json(APIFixture.send("/v1/explainer"))
        #expect(explainer["sources_checked"] as? String == "2026-11-25")
        #expect(explainer["last_reviewed"] == nil)
        #expect(explainer["loaded_at"] == nil)
    }

    @Test func modifiedSinceListsTheSectionsChangedOnOrAfterTheDay() throws {
        let responder = ExplainerApp(index: try ContentDateFixture.index(editing: "harm-reduction", dated: "2026-12-05")).responder
        func ids(_ query: String) throws -> [String] {
            let body = try APIFixture.json(APIFixture.send("/v1/sections?fields=id&" + query, to: responder))
            return (body["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try ids("modified_since=2026-11-26") == ["harm-reduction"])
        #expect(try ids("modified_since=2026-12-01") == ["harm-reduction"])
        #expect(try ids("modified_since=2026-12-06") == [])
        #expect(try ids("modified_since=2026-11-25").count == APIFixture.index.sections.count)
    }

    @Test(arguments: ["yesterday", "2026-02-30", "2026-1-05", "20261125", ""])
    func aBadModifiedSinceIsAProblemNamingTheParameter(value: String) throws {
        let response = APIFixture.send("/v1/sections?modified_since=" + value)
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        let body = try APIFixture.json(response)
        #expect(body["parameter"] as? String == "modified_since")
    }
}
