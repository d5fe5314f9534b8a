import Foundation
import HTTPCore
import Testing

/// Golden files under `Tests/ExplainerAPITests/Golden/`: a response body compared with the recorded
/// one, re-recorded only on purpose with `RECORD=1`.
///
/// JSON is stored re-serialised with sorted keys and indentation, so a diff shows the changed member;
/// the content version and load time are replaced by placeholders, so a content edit shows up only
/// in the documents whose text it changed. The exact key order of the live body is checked elsewhere.
enum GoldenFile {
    static let directory = APIFixture.packageRoot + "/Tests/ExplainerAPITests/Golden"

    /// The file name for a request target: `/v1/sections/x?fields=a` → `v1_sections_x__fields=a.json`.
    static func name(for target: String, ext: String) -> String {
        var name = target.dropFirst().replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "?", with: "__")
            .replacingOccurrences(of: "&", with: "_").replacingOccurrences(of: ",", with: "+")
        if name.isEmpty { name = "root" }
        return name + "." + ext
    }

    /// The stable text of a body: normalised JSON, or the text as is.
    static func normalise(_ response: Response) throws -> String {
        guard response.headers["Content-Type"]?.contains("json") == true else {
            // Search's text names the content version too.
            return String(decoding: response.body, as: UTF8.self)
                .replacingOccurrences(of: APIFixture.index.contentVersion, with: "<content-version>")
        }
        let object = try JSONSerialization.jsonObject(with: Data(response.body))
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        var text = String(decoding: data, as: UTF8.self) + "\n"
        text = text.replacingOccurrences(of: APIFixture.index.contentVersion, with: "<content-version>")
        return text
    }

    /// Compares with (or, with `RECORD=1`, records) the golden file for `target`.
    static func check(_ target: String, _ response: Response, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ext = response.headers["Content-Type"]?.contains("json") == true ? "json" : "txt"
        let path = directory + "/" + name(for: target, ext: ext)
        let actual = try normalise(response)
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(path); run RECORD=1 swift test --filter GoldenTests", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(target) differs from \(path)", sourceLocation: sourceLocation)
    }
}
