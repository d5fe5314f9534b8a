import ExplainerAPI
import ExplainerContent
import Foundation
import Glibc
import HTTPCore
import Testing

@Suite("Content reload (what SIGHUP runs)")
struct ContentReloaderTests {
    /// A copy of the real Content/ in a fresh folder, a live snapshot of it, and a log file.
    struct Fixture {
        let folder: URL
        let live: LiveContent
        let metrics = ServerMetrics()
        let logPath: String
        let logDescriptor: Int32

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("reload-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                atPath: APIFixture.packageRoot + "/Content", toPath: folder.appendingPathComponent("Content").path)
            live = LiveContent(index: try ContentLoader.load(directory: folder.appendingPathComponent("Content").path).get())
            logPath = folder.appendingPathComponent("events.log").path
            logDescriptor = open(logPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        }

        var content: String { folder.appendingPathComponent("Content").path }

        func reloader() -> ContentReloader {
            ContentReloader(
                directory: content, live: live, metrics: metrics, log: EventLog(minimumLevel: .debug, fileDescriptor: logDescriptor))
        }

        /// The event log's lines, parsed.
        func events() throws -> [[String: Any]] {
            try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n").map {
                try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }

        func cleanUp() {
            close(logDescriptor)
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test("a valid change is swapped in, counted and logged with both versions")
    func validChangeIsServed() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = f.live.contentVersion
        let path = f.content + "/explainer.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"summary\": \"", with: "\"summary\": \"Changed. ").write(
            toFile: path, atomically: true, encoding: .utf8)
        let outcome = f.reloader().reload()
        #expect(outcome.contentReloaded)
        #expect(outcome.contentVersion != before)
        #expect(f.live.contentVersion == outcome.contentVersion)
        #expect(f.metrics.registry.value("content_reloads_total", labels: ["success"]) == 1)
        #expect(f.metrics.registry.value("content_info", labels: [outcome.contentVersion]) == 1)
        let done = try f.events().first { $0["event"] as? String == "reload.done" }
        #expect(done?["previous_version"] as? String == before)
        #expect(done?["version"] as? String == outcome.contentVersion)
    }

    @Test("an invalid folder changes nothing served; every problem is its own error line")
    func invalidFolderIsRefused() throws {
        let f = try Fixture()
        defer { f.cleanUp() }
        let before = f.live.contentVersion
        try "{ not json".write(toFile: f.content + "/glossary.json", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: f.content + "/sources.json")
        let outcome = f.reloader().reload()
        #expect(!outcome.contentReloaded)
        #expect(outcome.contentVersion == before)
        #expect(f.live.contentVersion == before)
        #expect(outcome.problemCount >= 2)
        #expect(f.metrics.registry.value("content_reloads_total", labels: ["failure"]) == 1)
        #expect(f.metrics.registry.value("content_reloads_total", labels: ["success"]) == 0)
        let events = try f.events()
        let problems = events.filter { $0["event"] as? String == "reload.problem" }
        #expect(problems.count == outcome.problemCount)
        #expect(problems.allSatisfy { $0["level"] as? String == "error" })
        let files = Set(problems.compactMap { $0["file"] as? String })
        #expect(files.isSuperset(of: ["glossary.json", "sources.json"]))
        #expect(events.last?["event"] as? String == "reload.failed")
    }
}
