import ExplainerAPI
import HTTPCore
import Testing

/// A shared cache may keep only what the URL alone chose (plus `Accept-Encoding`): a variant picked by
/// `Accept` or `Accept-Language` is `private`, so a CDN that ignores `Vary` cannot hand it to someone else.
@Suite struct SharedCacheTests {
    static let shared = "max-age=300, stale-while-revalidate=86400"
    static let privateOnly = "private, max-age=300, stale-while-revalidate=86400"

    @Test(arguments: ["text/markdown", "text/plain"])
    func aSectionBodyChosenByAcceptIsPrivate(accept: String) {
        let response = APIFixture.send("/v1/sections/harm-reduction", headers: [("Accept", accept)])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"]?.hasPrefix(accept) == true)
        #expect(response.headers["Cache-Control"] == Self.privateOnly)
        #expect(response.headers["Vary"] == "Accept, Accept-Encoding")
    }

    @Test(arguments: [nil, "application/json", "*/*"])
    func aSectionsJSONIsSharedAndStillVariesOnAccept(accept: String?) {
        let response = APIFixture.send("/v1/sections/harm-reduction", headers: accept.map { [("Accept", $0)] } ?? [])
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
        #expect(response.headers["Cache-Control"] == Self.shared)
        #expect(response.headers["Vary"] == "Accept, Accept-Encoding")
    }

    @Test(arguments: [nil, "en-GB", "en-US,en;q=0.5", "fr"])
    func supportWithoutCountryIsPrivate(language: String?) {
        let response = APIFixture.send("/v1/support", headers: language.map { [("Accept-Language", $0)] } ?? [])
        #expect(response.status == .ok)
        #expect(response.headers["Cache-Control"] == Self.privateOnly)
        #expect(response.headers["Vary"] == "Accept-Language, Accept-Encoding")
    }

    @Test func supportWithCountryIsSharedAndIgnoresAcceptLanguage() {
        let plain = APIFixture.send("/v1/support?country=US")
        let other = APIFixture.send("/v1/support?country=US", headers: [("Accept-Language", "en-GB")])
        #expect(plain.headers["Cache-Control"] == Self.shared)
        #expect(plain.headers["Vary"] == "Accept-Encoding")
        #expect(plain.body == other.body && plain.headers["ETag"] == other.headers["ETag"])
    }

    @Test(arguments: APIFixture.resourcePaths + ["/openapi.yaml"])
    func noResponseSaysPublic(path: String) {
        let cacheControl = APIFixture.send(path).headers["Cache-Control"] ?? ""
        #expect(!cacheControl.contains("public"), "\(path): \(cacheControl)")
    }
}
