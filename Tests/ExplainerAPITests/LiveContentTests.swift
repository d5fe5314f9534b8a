import ExplainerAPI
import ExplainerContent
import Foundation
import HTTPCore
import Testing

/// A reload swaps the whole snapshot: new requests see the new version, and nothing mixes.
@Suite struct LiveContentTests {
    @Test func aReloadThatChangesNothingKeepsBodiesETagsAndLastModified() throws {
        let app = ExplainerApp(index: APIFixture.index)
        let responder = app.responder
        let paths = ["/", "/v1/explainer", "/v1/sections/research-shows", "/v1/support?country=GB"]
        let before = paths.map { APIFixture.send($0, to: responder) }
        // The same content loaded later, as a second replica or a SIGHUP with nothing changed would.
        let later = try ContentLoader.load(directory: APIFixture.packageRoot + "/Content", now: Date(timeIntervalSince1970: 1_800_000_000))
            .get()
        app.live.replace(with: later)
        for (path, old) in zip(paths, before) {
            let new = APIFixture.send(path, to: responder)
            #expect(new.body == old.body, "\(path)")
            #expect(new.headers["ETag"] == old.headers["ETag"], "\(path)")
            #expect(new.headers["Last-Modified"] == old.headers["Last-Modified"], "\(path)")
            #expect(new.headers["Last-Modified"]?.hasSuffix("2026 00:00:00 GMT") == true, "\(path)")
        }
        #expect(app.live.contentVersion == later.contentVersion)
    }

    @Test func concurrentRequestsDuringReloadsAlwaysSeeOneWholeVersion() async throws {
        let app = ExplainerApp(index: APIFixture.index)
        let responder = app.responder
        let indexes = [APIFixture.index, try ContentDateFixture.index(editing: "support.json", dated: "2026-12-05")]
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for i in 0..<20 { app.live.replace(with: indexes[i % 2]) }
            }
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<200 {
                        let response = APIFixture.send("/v1/explainer", to: responder)
                        let body = try APIFixture.json(response)
                        // The body's version and date and the header's come from one snapshot.
                        let version = try #require(body["content_version"] as? String)
                        #expect(response.headers["X-Content-Version"] == version)
                        let day = try #require(body["date_modified"] as? String)
                        let lastModified = try #require(response.headers["Last-Modified"])
                        #expect(Self.sameInstant(day + "T00:00:00Z", lastModified), "\(day) vs \(lastModified)")
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
