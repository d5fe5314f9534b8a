import ExplainerContent
import Testing

/// `format=text` output over the real content: what a language model would be handed.
@Suite("Search text rendering")
struct SearchTextRendererTests {
    func render(_ query: String, region: String = "GB") throws -> String {
        let content = try #require(SearchTestContent.content, "Content/ must load")
        let index = try #require(SearchTestContent.index)
        let response = index.search(try SearchRequest(query: query, limit: 5))
        let support = SupportBlock.choose(
            for: response.support, region: region, lines: content.supportLines, emergency: content.emergencyLines)
        return SearchTextRenderer.render(response, index: index, content: content, support: support, notes: [])
    }

    @Test("An urgent query starts with the support block for the region, emergency numbers first, before any result")
    func supportBlockComesFirst() throws {
        let text = try render("i want to die, what is self harm")
        #expect(text.hasPrefix(SearchTextRenderer.supportHeading))
        let support = try #require(text.range(of: "Samaritans"))
        let emergency = try #require(text.range(of: "999"))
        let firstResult = try #require(text.range(of: "[1] "))
        #expect(emergency.lowerBound < support.lowerBound)
        #expect(support.lowerBound < firstResult.lowerBound)
    }

    @Test("An ordinary query numbers its results with section, URL and text, and still ends with the lines")
    func ordinaryQueryListsResults() throws {
        let text = try render("harm reduction")
        #expect(!text.contains(SearchTextRenderer.supportHeading))
        #expect(text.hasPrefix("Search of "))
        let offered = try #require(text.range(of: SearchTextRenderer.supportHeadingOffered))
        let lastResult = try #require(text.range(of: "[1] "))
        #expect(lastResult.lowerBound < offered.lowerBound)
        #expect(text.contains("Samaritans"))
        #expect(text.contains("[1] "))
        #expect(text.contains("URL: /v1/sections/harm-reduction"))
        #expect(text.contains("Section: Harm reduction is often a much better approach"))
        #expect(text.contains("Text: Self-harm can be cyclical."))
    }

    @Test("Claims list the articles they cite and their verified studies; nothing is HTML")
    func claimsCarryCitations() throws {
        let content = try #require(SearchTestContent.content)
        let text = try render("\"pain relievers\"")
        let claim = try #require(content.claim(id: "pain-relievers-same-areas"))
        for sourceID in claim.sourceIDs {
            let source = try #require(content.source(id: sourceID))
            #expect(text.contains("Cites: \(source.title)"))
        }
        #expect(text.contains("Claim pain-relievers-same-areas"))
        #expect(!text.contains("<mark>") && !text.contains("&amp;"))
    }

    @Test("A query that matches nothing says so")
    func noResults() throws {
        let text = try render("zebra xylophone")
        #expect(text.contains("0 of 0 matching results"))
        #expect(text.contains("No passage, claim or glossary term matched."))
    }
}
