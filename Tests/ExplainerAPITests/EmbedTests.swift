import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// `/embed/v1.js`, `/embed.js` and `/embed/{id}`: the script as written, the redirect to it, and the
/// framable page with its strict CSP and configurable `frame-ancestors`.
@Suite struct EmbedTests {
    @Test func theScriptIsServedAsWrittenAsJavaScriptWithAnETag() throws {
        let response = APIFixture.send("/embed/v1.js")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(response.headers["ETag"]?.hasPrefix("\"") == true)
        let file = try Data(contentsOf: URL(fileURLWithPath: APIFixture.packageRoot + "/Sources/ExplainerAPI/Embed/embed-v1.js"))
        #expect(response.body == Array(file))
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.contains("customElements.define(\"explainer-section\"") && text.contains("customElements.define(\"explainer-search\""))
        // No cookies, no storage, no third party: the script only reads the API it came from.
        for forbidden in ["document.cookie", "localStorage", "sessionStorage", "sendBeacon", "credentials: \"include\""] {
            #expect(!text.contains(forbidden), "\(forbidden)")
        }
    }

    @Test func embedJSRedirectsToTheCurrentVersionRelativeWithoutAPublicURLAbsoluteWithOne() {
        let plain = APIFixture.send("/embed.js")
        #expect(plain.status.code == 302)
        #expect(plain.headers["Location"] == "/embed/v1.js")
        #expect(plain.headers["Cache-Control"] == "max-age=3600")
        let app = ExplainerApp(index: APIFixture.index, configuration: APIConfiguration(publicURL: "https://a.example/api"))
        let proxied = APIFixture.send("/embed.js", headers: [("Host", "attacker.example")], to: app.responder)
        #expect(proxied.headers["Location"] == "https://a.example/api/embed/v1.js")
    }

    @Test func thePageCarriesAStrictCSPWhoseStyleHashMatchesItsOneStyle() throws {
        let response = APIFixture.send("/embed/research-shows")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        let csp = try #require(response.headers["Content-Security-Policy"])
        #expect(csp.hasPrefix("default-src 'none'; style-src 'sha256-"))
        #expect(csp.hasSuffix("; frame-ancestors *"))
        let page = String(decoding: response.body, as: UTF8.self)
        let styles = page.components(separatedBy: "<style>").dropFirst().map { $0.components(separatedBy: "</style>")[0] }
        #expect(styles.count == 1)
        #expect(csp.contains("style-src \(StyleHash.source(for: styles.first ?? ""));"))
        #expect(!page.contains("<script"))
        #expect(page.contains("A diminished pain perception in people who self-harm"))
        #expect(page.contains("class=\"support-link\" href=\"http://127.0.0.1:8080/v1/support\""))
        #expect(page.contains("href=\"http://127.0.0.1:8080/explainer/research-shows\""))
    }

    @Test func thePageIsDatedLikeItsSectionAndTheScriptByNoContentNeitherPublic() throws {
        let page = APIFixture.send("/embed/research-shows")
        let day = try #require(Resource.embed(id: "research-shows").dateModified(in: APIFixture.index))
        #expect(day == Resource.section(id: "research-shows").dateModified(in: APIFixture.index))
        #expect(page.headers["Last-Modified"] == HTTPTimestamp.imfFixdate(day.secondsSinceEpoch))
        #expect(page.headers["Cache-Control"]?.contains("public") == false)
        // The script is not made of content: no content date to send, so no Last-Modified at all.
        let script = APIFixture.send("/embed/v1.js")
        #expect(script.headers["Last-Modified"] == nil)
        #expect(script.headers["Cache-Control"]?.contains("public") == false)
    }

    @Test func styleHashIsSHA256InBase64() {
        #expect(StyleHash.source(for: "") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    }

    @Test func frameAncestorsComeFromTheConfiguration() {
        var configuration = APIConfiguration()
        configuration.frameAncestors = ["'self'", "https://peer-support.example"]
        let app = ExplainerApp(index: APIFixture.index, configuration: configuration)
        let csp = APIFixture.send("/embed/harm-reduction", to: app.responder).headers["Content-Security-Policy"]
        #expect(csp?.hasSuffix("; frame-ancestors 'self' https://peer-support.example") == true)
    }

    @Test func anUnknownSectionIs404WithTheNearestIds() throws {
        let response = APIFixture.send("/embed/reserch-shows")
        #expect(response.status == .notFound)
        let problem = try APIFixture.json(response)
        #expect((problem["suggestions"] as? [String])?.first == "research-shows")
    }
}
