import ExplainerContent
import Foundation

/// A copy of the real `Content/` whose `dates.json` says one file changed on another day, loaded
/// and removed again: what a content edit that touched only that file looks like to the server.
enum ContentDateFixture {
    /// The index of `Content/` with `file` (a data file such as `support.json`, or a section id)
    /// dated `date` in `dates.json` (`nil` writes `null`: nobody recorded the day).
    static func index(editing file: String, dated date: String?) throws -> ContentIndex {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("content-dates-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: APIFixture.packageRoot + "/Content", toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + ContentFiles.dates
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let key = file.hasSuffix(".json") ? "\"file\": \"\(file)\", \"date_modified\": " : "\"id\": \"\(file)\", \"date_modified\": "
        let old = key + "\"2026-11-25\""
        precondition(text.components(separatedBy: old).count == 2, "dates.json must date \(file) 2026-11-25 exactly once")
        text = text.replacingOccurrences(of: old, with: key + (date.map { "\"\($0)\"" } ?? "null"))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try ContentLoader.load(directory: folder).get()
    }
}
