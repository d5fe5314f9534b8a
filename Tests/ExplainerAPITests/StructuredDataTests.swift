import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// schema.org JSON-LD at `?format=jsonld` and in the pages.
@Suite struct StructuredDataTests {
    @Test func theExplainerAndEverySectionAnswerJSONLDChosenByTheURL() throws {
        for path in ["/v1/explainer"] + APIFixture.index.sections.map({ "/v1/sections/\($0.id)" }) {
            let response = APIFixture.send(path + "?format=jsonld", headers: [("Accept", "text/markdown")])
            #expect(response.status == .ok, "\(path)")
            #expect(response.headers["Content-Type"] == "application/ld+json", "\(path)")
            #expect(response.headers["Vary"] == "Accept-Encoding", "\(path)")
            let document = try APIFixture.json(response)
            #expect(document["@context"] as? String == "https://schema.org")
        }
    }

    @Test func jsonldStandsAloneAndOnlyWhereItIsServed() {
        #expect(APIFixture.send("/v1/sections/not-suicide?format=jsonld,html").status == .badRequest)
        #expect(APIFixture.send("/v1/explainer?format=html").status == .badRequest)
        #expect(APIFixture.send("/v1/sections?format=jsonld").status == .badRequest)
        #expect(APIFixture.send("/v1/explainer?format=jsonld&pretty=1").body.contains(UInt8(ascii: "\n")))
    }

    @Test func nothingUnknownIsSaidAndIdsUseThePublicURL() throws {
        let app = ExplainerApp(index: APIFixture.index, configuration: APIConfiguration(publicURL: "https://explainer.example.org"))
        let response = APIFixture.send("/v1/explainer?format=jsonld", to: app.responder)
        let text = String(decoding: response.body, as: UTF8.self)
        for absent in ["lastReviewed", "license", "reviewedBy", "\"author\":{\"@type\":\"Person\",\"name\":\"unknown"] {
            #expect(!text.contains(absent), "\(absent)")
        }
        let graph = try #require(try APIFixture.json(response)["@graph"] as? [[String: Any]])
        #expect(graph.first?["@id"] as? String == "https://explainer.example.org/explainer")
        #expect(graph.last?["@type"] as? String == "DefinedTermSet")
        let dois = (graph.first?["citation"] as? [[String: Any]] ?? []).compactMap {
            ($0["identifier"] as? [String: Any])?["value"] as? String
        }
        let known = Set(APIFixture.index.studies.compactMap(\.doi))
        #expect(!dois.isEmpty && Set(dois).isSubset(of: known))
    }

    @Test func theScriptBlockEscapesEverythingThatCouldCloseIt() throws {
        let hostile = "</script><!-- <script>alert(1)</script> & more"
        let document = JSONDocument.object([("name", .string(hostile))])
        let bytes = StructuredData.scriptBytes(document)
        #expect(!bytes.contains(UInt8(ascii: "<")) && !bytes.contains(UInt8(ascii: ">")) && !bytes.contains(UInt8(ascii: "&")))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String])
        #expect(decoded["name"] == hostile)
    }

    @Test func everyPageEmbedsTheSameDocumentTheAPIServes() throws {
        for (page, api) in [("/explainer", "/v1/explainer")]
            + APIFixture.index.sections.map({ ("/explainer/\($0.id)", "/v1/sections/\($0.id)") })
        {
            let html = String(decoding: APIFixture.send(page).body, as: UTF8.self)
            let start = try #require(html.range(of: "<script type=\"application/ld+json\">")).upperBound
            let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
            let embedded = try JSONSerialization.jsonObject(with: Data(html[start..<end].utf8)) as? NSDictionary
            let served = try JSONSerialization.jsonObject(with: Data(APIFixture.send(api + "?format=jsonld").body)) as? NSDictionary
            #expect(embedded == served, "\(page)")
        }
    }
}
