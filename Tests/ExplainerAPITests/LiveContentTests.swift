import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// A reload swaps the whole snapshot: new requests see the new version, and nothing mixes.
@Suite struct LiveContentTests {
    @Test func replaceServesTheNewVersionEverywhereAtOnce() throws {
        let app = ExplainerApp(index: APIFixture.index)
        let responder = app.responder
        let before = APIFixture.send("/v1/explainer", to: responder)
        // The same content loaded later: same version, so bodies stay, but Last-Modified moves.
        let later = try ContentLoader.load(directory: APIFixture.packageRoot + "/Content", now: Date(timeIntervalSince1970: 1_800_000_000))
            .get()
        app.live.replace(with: later)
        let after = APIFixture.send("/v1/explainer", to: responder)
        #expect(before.headers["Last-Modified"] != after.headers["Last-Modified"])
        #expect(after.headers["Last-Modified"] == "Fri, 15 Jan 2027 08:00:00 GMT")
        #expect(app.live.contentVersion == later.contentVersion)
    }

    @Test func concurrentRequestsDuringReloadsAlwaysSeeOneWholeVersion() async throws {
        let app = ExplainerApp(index: APIFixture.index)
        let responder = app.responder
        let times = [1_800_000_000, 1_900_000_000].map { Date(timeIntervalSince1970: Double($0)) }
        let indexes = try times.map { try ContentLoader.load(directory: APIFixture.packageRoot + "/Content", now: $0).get() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for i in 0..<20 { app.live.replace(with: indexes[i % 2]) }
            }
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<200 {
                        let response = APIFixture.send("/v1/explainer", to: responder)
                        let body = try APIFixture.json(response)
                        // loaded_at in the body and Last-Modified in the header come from one snapshot.
                        let loadedAt = try #require(body["loaded_at"] as? String)
                        let lastModified = try #require(response.headers["Last-Modified"])
                        #expect(Self.sameInstant(loadedAt, lastModified), "\(loadedAt) vs \(lastModified)")
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    static func sameInstant(_ rfc3339: String, _ imf: String) -> Bool {
        let a = ISO8601DateFormatter().date(from: rfc3339)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return a != nil && a == formatter.date(from: imf)
    }
}
