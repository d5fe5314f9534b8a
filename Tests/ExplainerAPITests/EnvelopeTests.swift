import ExplainerAPI
import HTTPCore
import Testing

/// One envelope for every response, whoever answered it, and the route each response is counted by.
@Suite struct EnvelopeTests {
    /// The app behind a rate limit of one request, so the second is a 429 from the limiter.
    static func limited() -> any Responder {
        let limiter = RateLimiter(policy: RateLimitPolicy(ratePerSecond: 0.001, burst: 1))
        return APIFixture.app.responder { routes in
            RateLimitResponder(routes, limiter: limiter, exempt: ExplainerApp.unlimitedPaths)
        }
    }

    @Test func aRateLimited429CarriesTheWholeEnvelope() throws {
        let responder = Self.limited()
        #expect(APIFixture.send("/v1/glossary", to: responder).status == .ok)
        let response = APIFixture.send("/v1/glossary", to: responder)
        #expect(response.status == .tooManyRequests)
        #expect(response.headers["Link"] == "</v1/support>; rel=\"help\"")
        #expect(response.headers["X-Content-Version"] == APIFixture.index.contentVersion)
        #expect(response.headers["Access-Control-Allow-Origin"] == "*")
        #expect(response.headers["Access-Control-Expose-Headers"]?.contains("Retry-After") == true)
    }

    @Test func probesAndMetricsAreNeverLimited() {
        let responder = Self.limited()
        for _ in 0..<3 { #expect(APIFixture.send("/healthz", to: responder).status == .ok) }
        for _ in 0..<3 { #expect(APIFixture.send("/readyz", to: responder).status == .ok) }
    }

    @Test(
        "every response the routes give is stamped with the pattern that matched",
        arguments: [
            ("/v1/sections/research-shows", HTTPMethod.get, "/v1/sections/{id}"),
            ("/v1/sections/no-such-section", .get, "/v1/sections/{id}"),
            ("/v1/sections/research-shows", .post, "/v1/sections/{id}"),
            ("/v1/sections/research-shows", .options, "/v1/sections/{id}"),
            ("/v1/claims?limit=0", .get, "/v1/claims"),
            ("/", .head, "/"),
        ])
    func routeIsStamped(target: String, method: HTTPMethod, pattern: String) {
        #expect(APIFixture.send(target, method: method).route == pattern)
    }

    @Test func aPathNoRouteMatchesIsUnstampedAndWordedByTheApp() throws {
        let response = APIFixture.send("/v2/nothing")
        #expect(response.status == .notFound)
        #expect(response.route == nil)
        let problem = try APIFixture.json(response)
        #expect((problem["detail"] as? String)?.contains("The API's root, /, lists every resource.") == true)
    }
}
