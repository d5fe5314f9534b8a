import ExplainerAPI
import HTTPCore
import Testing

/// `/healthz` is liveness; `/readyz` follows the server's lifecycle so a balancer stops sending work on drain.
@Suite struct HealthTests {
    @Test func readinessTurns503WhenTheServerDrains() throws {
        let lifecycle = ServerLifecycle()
        let app = ExplainerApp(index: APIFixture.index, lifecycle: lifecycle)
        let responder = app.responder
        lifecycle.advance(to: .running)
        #expect(APIFixture.send("/readyz", to: responder).status == .ok)
        lifecycle.advance(to: .draining)
        let draining = APIFixture.send("/readyz", to: responder)
        #expect(draining.status == .serviceUnavailable)
        #expect(draining.headers["Retry-After"] == "5")
        #expect(draining.headers["Content-Type"] == "application/problem+json")
        #expect(APIFixture.send("/healthz", to: responder).status == .ok)
    }

    @Test func healthNamesTheContentVersion() throws {
        let body = try APIFixture.json(APIFixture.send("/healthz"))
        #expect(body["status"] as? String == "ok")
        #expect(body["content_version"] as? String == APIFixture.index.contentVersion)
    }
}
