import ExplainerAPI
import HTTPCore
import Testing

/// ETag, Last-Modified, conditional requests and Cache-Control, as a browser or shared cache uses them.
@Suite struct CachingTests {
    static let path = "/v1/sections/research-shows"

    @Test(arguments: APIFixture.resourcePaths)
    func everyResourceHasAStrongETagLastModifiedAndCacheControl(path: String) {
        let response = APIFixture.send(path)
        #expect(response.status == .ok)
        let tag = response.headers["ETag"] ?? ""
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && !tag.hasPrefix("W/"))
        // Content/dates.json: explainer.json (which every resource but support shows part of) last
        // changed on 2026-12-02, support.json and every section on 2026-11-25.
        let day = path == "/v1/support" ? "Wed, 25 Nov 2026" : "Wed, 02 Dec 2026"
        #expect(response.headers["Last-Modified"] == day + " 00:00:00 GMT")
        // /v1/support without ?country= depends on Accept-Language, so only the client may keep it.
        let shared = path != "/v1/support"
        #expect(response.headers["Cache-Control"] == (shared ? "" : "private, ") + "max-age=300, stale-while-revalidate=86400")
        #expect(response.headers["X-Content-Version"] == APIFixture.index.contentVersion)
    }

    @Test(arguments: APIFixture.resourcePaths)
    func ifNoneMatchWithTheCurrentTagAnswers304WithoutABody(path: String) throws {
        let tag = try #require(APIFixture.send(path).headers["ETag"])
        let response = APIFixture.send(path, headers: [("If-None-Match", tag)])
        #expect(response.status == .notModified)
        #expect(response.body.isEmpty)
        #expect(response.headers["ETag"] == tag)
        #expect(response.headers["Cache-Control"] != nil && response.headers["Vary"] != nil)
    }

    @Test func ifNoneMatchComparesWeaklyAcceptsListsAndStar() throws {
        let tag = try #require(APIFixture.send(Self.path).headers["ETag"])
        for value in ["W/" + tag, "\"nope\", " + tag, "*"] {
            #expect(APIFixture.send(Self.path, headers: [("If-None-Match", value)]).status == .notModified, "\(value)")
        }
        #expect(APIFixture.send(Self.path, headers: [("If-None-Match", "\"nope\"")]).status == .ok)
    }

    @Test func ifModifiedSinceCountsOnlyWithoutIfNoneMatch() throws {
        let lastModified = try #require(APIFixture.send(Self.path).headers["Last-Modified"])
        #expect(APIFixture.send(Self.path, headers: [("If-Modified-Since", lastModified)]).status == .notModified)
        #expect(APIFixture.send(Self.path, headers: [("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT")]).status == .ok)
        #expect(APIFixture.send(Self.path, headers: [("If-Modified-Since", "not a date")]).status == .ok)
        // RFC 9110 §13.2.2: a failed If-None-Match decides, whatever If-Modified-Since says.
        let both = APIFixture.send(Self.path, headers: [("If-None-Match", "\"other\""), ("If-Modified-Since", lastModified)])
        #expect(both.status == .ok)
    }

    @Test func eachRepresentationHasItsOwnTag() throws {
        let json = APIFixture.send(Self.path)
        let markdown = APIFixture.send(Self.path, headers: [("Accept", "text/markdown")])
        let gzip = APIFixture.send(Self.path, headers: [("Accept-Encoding", "gzip")])
        let pretty = APIFixture.send(Self.path + "?pretty=1")
        let tags = [json, markdown, gzip, pretty].compactMap { $0.headers["ETag"] }
        #expect(Set(tags).count == 4)
        // The gzip tag does not validate the identity representation, nor the other way round.
        #expect(APIFixture.send(Self.path, headers: [("If-None-Match", tags[2])]).status == .ok)
        #expect(APIFixture.send(Self.path, headers: [("If-None-Match", tags[2]), ("Accept-Encoding", "gzip")]).status == .notModified)
    }

    @Test func cacheMaxAgeIsConfigurable() {
        let app = ExplainerApp(index: APIFixture.index, configuration: APIConfiguration(cacheMaxAge: 60, staleWhileRevalidate: 10))
        let response = APIFixture.send("/v1/explainer", to: app.responder)
        #expect(response.headers["Cache-Control"] == "max-age=60, stale-while-revalidate=10")
    }

    @Test func healthAndErrorsAreNeverCached() {
        for target in ["/healthz", "/readyz", "/v1/sections/nope", "/v1/claims?limit=0", "/nowhere"] {
            #expect(APIFixture.send(target).headers["Cache-Control"] == "no-store", "\(target)")
        }
    }
}
