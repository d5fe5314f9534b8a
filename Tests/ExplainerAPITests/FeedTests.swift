import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// `/v1/feed.atom` and `/v1/feed.json`: an entry per section and one for support, `tag:` ids that no
/// public URL is part of, absolute links from the configuration, dates from the content.
@Suite struct FeedTests {
    static let publicURL = "https://peer-support.example/api"
    static let app = ExplainerApp(
        index: APIFixture.index, configuration: APIConfiguration(publicURL: publicURL))

    static func jsonFeed(_ app: ExplainerApp) throws -> [String: Any] {
        try APIFixture.json(APIFixture.send("/v1/feed.json", to: app.responder))
    }

    @Test func theJSONFeedHasAnItemPerSectionThenSupportWithTagIdsAndAbsoluteLinks() throws {
        let response = APIFixture.send("/v1/feed.json", to: Self.app.responder)
        #expect(response.headers["Content-Type"] == "application/feed+json; charset=utf-8")
        let feed = try APIFixture.json(response)
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["feed_url"] as? String == Self.publicURL + "/v1/feed.json")
        let items = try #require(feed["items"] as? [[String: Any]])
        let sections = APIFixture.index.sections
        #expect(items.count == sections.count + 1)
        for (item, section) in zip(items, sections) {
            #expect(item["id"] as? String == "tag:explainer-server,2026:sections/\(section.id)")
            #expect(item["url"] as? String == Self.publicURL + "/explainer/\(section.id)")
            #expect(item["title"] as? String == section.title)
            let day = try #require(section.dateModified, "\(section.id) has a date_modified")
            #expect(item["date_modified"] as? String == "\(day)T00:00:00Z")
            #expect((item["_explainer"] as? [String: Any])?["resource"] as? String == Self.publicURL + "/v1/sections/\(section.id)")
        }
        let support = try #require(items.last)
        #expect(support["id"] as? String == "tag:explainer-server,2026:support")
        #expect(support["url"] as? String == Self.publicURL + "/v1/support")
        let supportDay = try #require(APIFixture.index.newestDate(of: [ContentFiles.support]))
        #expect(support["date_modified"] as? String == "\(supportDay)T00:00:00Z")
        // A changed phone number is news: every line's contact is in the entry.
        let html = try #require(support["content_html"] as? String)
        for line in APIFixture.index.supportLines { #expect(html.contains(XMLText.escape(line.contact)), "\(line.id)") }
    }

    @Test func idsStayTheSameUnderAnotherPublicURLWhileLinksFollowIt() throws {
        let other = ExplainerApp(index: APIFixture.index, configuration: APIConfiguration(publicURL: "https://elsewhere.example"))
        let here = try #require(try Self.jsonFeed(Self.app)["items"] as? [[String: Any]])
        let there = try #require(try Self.jsonFeed(other)["items"] as? [[String: Any]])
        #expect(here.map { $0["id"] as? String } == there.map { $0["id"] as? String })
        #expect(there.allSatisfy { ($0["url"] as? String)?.hasPrefix("https://elsewhere.example/") == true })
    }

    @Test func theAtomFeedIsWellFormedXMLWithTheSameEntries() throws {
        let response = APIFixture.send("/v1/feed.atom", to: Self.app.responder)
        #expect(response.headers["Content-Type"] == "application/atom+xml; charset=utf-8")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        let ids = text.components(separatedBy: "<id>").dropFirst().map { $0.components(separatedBy: "</id>")[0] }
        let sectionIDs = APIFixture.index.sections.map { "tag:explainer-server,2026:sections/\($0.id)" }
        #expect(ids == ["tag:explainer-server,2026:feed"] + sectionIDs + ["tag:explainer-server,2026:support"])
        #expect(text.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"\(Self.publicURL)/v1/feed.atom\"/>"))
        // Markup in the content is escaped once, so the entry's HTML is text to an XML reader.
        #expect(!text.contains("<p>") && text.contains("&lt;p&gt;"))
    }

    @Test func eachFeedAnswersIfNoneMatchWith304() {
        for path in ["/v1/feed.atom", "/v1/feed.json"] {
            let first = APIFixture.send(path, to: Self.app.responder)
            let tag = first.headers["ETag"] ?? ""
            #expect(first.status == .ok && tag.hasPrefix("\""), "\(path)")
            let again = APIFixture.send(path, headers: [("If-None-Match", tag)], to: Self.app.responder)
            #expect(again.status == .notModified && again.body.isEmpty, "\(path)")
        }
    }

    @Test func eachFeedIsDatedByItsContentAndNotPublic() throws {
        let newest = try #require(APIFixture.index.newestDate)
        for resource in [Resource.feedAtom, .feedJSON] {
            let response = APIFixture.send(resource.path, to: Self.app.responder)
            let day = try #require(resource.dateModified(in: APIFixture.index))
            #expect(day == newest, "\(resource.path): every file counts")
            #expect(response.headers["Last-Modified"] == HTTPTimestamp.imfFixdate(day.secondsSinceEpoch), "\(resource.path)")
            #expect(response.headers["Cache-Control"]?.contains("public") == false, "\(resource.path)")
        }
    }

    @Test func aHostHeaderNeverReachesALink() {
        let response = APIFixture.send("/v1/feed.json", headers: [("Host", "attacker.example")], to: Self.app.responder)
        #expect(!String(decoding: response.body, as: UTF8.self).contains("attacker.example"))
    }

    @Test func xmlEscapingCoversMarkupAndDropsCharactersXMLCannotCarry() {
        #expect(XMLText.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&apos;c")
        #expect(XMLText.escape("x\u{0}\u{1}\u{8}y\tz\n\u{FFFE}") == "xy\tz\n")
        #expect(XMLText.escape("café – ok") == "café – ok")
    }
}
