import ExplainerAPI
import HTTPCore
import Testing

/// CORS for browser pages: any origin by default, an allow-list when configured, preflights answered.
@Suite struct CORSTests {
    static let preflightHeaders = [
        ("Origin", "http://127.0.0.1:9999"), ("Access-Control-Request-Method", "GET"),
        ("Access-Control-Request-Headers", "if-none-match, accept"),
    ]

    @Test func preflightIs204WithMethodsHeadersAndMaxAge() {
        let response = APIFixture.send("/v1/sections/research-shows", method: .options, headers: Self.preflightHeaders)
        #expect(response.status == .noContent)
        #expect(response.body.isEmpty)
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS")
        #expect(response.headers["Access-Control-Allow-Headers"]?.contains("if-none-match") == true)
        #expect(response.headers["Access-Control-Max-Age"] == "600")
        #expect(response.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func aPreflightForAnotherMethodOrHeaderGetsNoPermission() {
        let post = APIFixture.send(
            "/v1/sections", method: .options, headers: [("Origin", "http://a.example"), ("Access-Control-Request-Method", "POST")])
        #expect(post.status == .noContent && post.headers["Access-Control-Allow-Origin"] == nil)
        let header = APIFixture.send(
            "/v1/sections", method: .options,
            headers: [
                ("Origin", "http://a.example"), ("Access-Control-Request-Method", "GET"),
                ("Access-Control-Request-Headers", "authorization"),
            ])
        #expect(header.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func responsesExposeETagLinkAndRequestID() {
        let response = APIFixture.send("/v1/explainer", headers: [("Origin", "http://a.example")])
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        let exposed = response.headers["Access-Control-Expose-Headers"] ?? ""
        for name in ["ETag", "Link", "X-Request-Id"] { #expect(exposed.contains(name)) }
    }

    @Test func anAllowListEchoesAllowedOriginsOnlyAndVariesOnOrigin() {
        let app = ExplainerApp(index: APIFixture.index, configuration: APIConfiguration(corsOrigins: ["https://peer.example"]))
        let allowed = APIFixture.send("/v1/explainer", headers: [("Origin", "https://peer.example")], to: app.responder)
        #expect(allowed.headers["Access-Control-Allow-Origin"] == "https://peer.example")
        #expect(allowed.headers["Vary"]?.contains("Origin") == true)
        let other = APIFixture.send("/v1/explainer", headers: [("Origin", "https://evil.example")], to: app.responder)
        #expect(other.headers["Access-Control-Allow-Origin"] == nil)
        #expect(other.headers["Vary"]?.contains("Origin") == true)
        let preflight = APIFixture.send(
            "/v1/explainer", method: .options, headers: [("Origin", "https://evil.example"), ("Access-Control-Request-Method", "GET")],
            to: app.responder)
        #expect(preflight.status == .noContent && preflight.headers["Access-Control-Allow-Origin"] == nil)
    }

    @Test func optionsOnAnUnknownPathIs404() {
        #expect(APIFixture.send("/nowhere", method: .options, headers: Self.preflightHeaders).status == .notFound)
    }

    /// The stylesheet's name has a dot, which no id may have: OPTIONS takes it where an asset is
    /// named, and still refuses it where an id is (as GET does).
    @Test func optionsTakesAnAssetNameButNotADottedID() {
        let asset = APIFixture.send("/assets/\(PageStylesheet.name)", method: .options, headers: Self.preflightHeaders)
        #expect(asset.status == .noContent)
        #expect(APIFixture.send("/assets/no..css", method: .options, headers: Self.preflightHeaders).status == .notFound)
        #expect(APIFixture.send("/v1/sections/research-shows.css", method: .options, headers: Self.preflightHeaders).status == .notFound)
    }
}
