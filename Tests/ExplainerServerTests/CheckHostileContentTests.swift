import Foundation
import Glibc
import HTTPTesting
import Testing

/// `explainer-server check` on hostile copies of the real content: it must exit 1 and print the file,
/// the line and the reason, never die on a signal or read a huge file whole.
@Suite("explainer-server check on hostile content", .enabled(if: ServerBinary.path != nil, "build the explainer-server product first"))
struct CheckHostileContentTests {
    /// A fresh copy of `Content/` to break; remove it with `FileManager.removeItem`.
    private static func copyOfContent() throws -> String {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-content-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Repository.content, toPath: copy)
        return copy
    }

    @Test("30,000 nested '>' in a section: exit 1 with the file, line and limit, not a signal")
    func deepQuotes() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(atPath: content) }
        let file = "sections/08-harm-reduction.md"
        let path = content + "/" + file
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let text = original.hasSuffix("\n") ? original : original + "\n"
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        try (text + "\n" + String(repeating: ">", count: 30_000) + " deep\n").write(toFile: path, atomically: true, encoding: .utf8)

        let result = try ServerProcess.runToExit(["check", content])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file):\(line): harm-reduction: block quotes nested deeper than 8 levels\n"))
    }

    @Test("a 200 MB claims.json: exit 1 naming the file, its size and the cap")
    func hugeFile() throws {
        let content = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(atPath: content) }
        let size = 200 * 1024 * 1024
        #expect(truncate(content + "/claims.json", off_t(size)) == 0)

        let result = try ServerProcess.runToExit(["check", content])
        #expect(result.status == 1)
        #expect(result.stdout.contains("claims.json: file is \(size) bytes, over the limit of 16777216 bytes for one content file\n"))
    }
}
