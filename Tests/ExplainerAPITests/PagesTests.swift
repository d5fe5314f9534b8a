import ExplainerAPI
import ExplainerContent
import HTTPCore
import Testing

/// `/explainer`, `/explainer/{id}` and the stylesheet, through the app's responder.
@Suite struct PagesTests {
    static let pages = ["/explainer"] + APIFixture.index.sections.map { "/explainer/\($0.id)" }

    static func text(_ response: Response) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test(arguments: pages)
    func everyPageIsHTMLWithTheStrictPolicyAndAnswers304ToItsTag(path: String) {
        let response = APIFixture.send(path)
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.headers["Content-Security-Policy"] == PageRenderer.contentSecurityPolicy)
        #expect(response.headers["Vary"] == "Accept-Encoding")
        let tag = response.headers["ETag"] ?? ""
        let again = APIFixture.send(path, headers: [("If-None-Match", tag)])
        #expect(again.status == .notModified && again.body.isEmpty)
        #expect(again.headers["Content-Security-Policy"] == nil)
    }

    @Test func theRegionComesFromTheURLAloneNeverFromAcceptLanguage() {
        let plain = APIFixture.send("/explainer/not-suicide")
        let british = APIFixture.send("/explainer/not-suicide", headers: [("Accept-Language", "en-GB")])
        let chosen = APIFixture.send("/explainer/not-suicide?country=gb")
        #expect(plain.body == british.body)
        #expect(Self.text(chosen).contains("Samaritans") && !Self.text(plain).contains("Samaritans"))
        #expect(Self.text(chosen).contains("href=\"/explainer/not-suicide?country=GB\" aria-current=\"page\""))
        #expect(chosen.headers["Vary"] == "Accept-Encoding")
    }

    @Test func aBadCountryOrParameterIs400AndAnUnknownSectionIs404() {
        #expect(APIFixture.send("/explainer?country=GBR").status == .badRequest)
        #expect(APIFixture.send("/explainer?pretty=1").status == .badRequest)
        #expect(APIFixture.send("/explainer/nope").status == .notFound)
    }

    @Test func theStylesheetIsServedUnderItsHashedNameForAYearAndNoOtherName() {
        let response = APIFixture.send(PageStylesheet.path)
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/css; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "max-age=31536000, immutable")
        #expect(response.body == PageStylesheet.bytes)
        #expect(APIFixture.send("/assets/explainer.css").status == .notFound)
        #expect(Self.text(APIFixture.send("/explainer")).contains("<link rel=\"stylesheet\" href=\"\(PageStylesheet.path)\">"))
    }

    @Test(arguments: APIFixture.index.sections.map(\.id))
    func everyClaimOfASectionIsAFootnoteTheTextRefersTo(id: String) {
        let page = Self.text(APIFixture.send("/explainer/\(id)"))
        for claim in APIFixture.index.rendering(sectionID: id)?.claimIDs ?? [] {
            #expect(page.contains("<li id=\"note-\(claim)\">"), "\(claim)")
            #expect(page.contains("<a id=\"ref-\(claim)\" href=\"#note-\(claim)\""), "\(claim)")
        }
    }

    @Test func glossaryLinksPointAtTheTermsEntryOnThePage() {
        let page = Self.text(APIFixture.send("/explainer/research-shows"))
        #expect(page.contains("data-term=\"nssi\" href=\"#term-nssi\""))
        #expect(page.contains("<dfn id=\"term-nssi\">NSSI</dfn>"))
        #expect(!page.contains("href=\"/v1/glossary/"))
    }

    @Test func contentNotesComeBeforeTheSupportBlockAndBothBeforeTheText() throws {
        let page = Self.text(APIFixture.send("/explainer/not-suicide"))
        let notes = try #require(page.range(of: "class=\"notes\"")).lowerBound
        let support = try #require(page.range(of: "class=\"support\"")).lowerBound
        let body = try #require(page.range(of: "class=\"section-body\"")).lowerBound
        #expect(notes < support && support < body)
        #expect(page.contains("Mentions suicide"))
    }

    @Test func theRootListsThePages() throws {
        let links = try #require(try APIFixture.json(APIFixture.send("/"))["links"] as? [String: String])
        #expect(links["page"] == "/explainer")
        #expect(links["section_page"] == "/explainer/{id}")
    }
}
