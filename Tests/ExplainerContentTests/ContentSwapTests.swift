import ExplainerContent
import Foundation
import Testing

/// A load reads one tree whole: with `--content` a symlink swapped between two valid trees while
/// loads run, every load's version is one tree's or the other's, never that of a mix.
@Suite("Content folder swapped during loads")
struct ContentSwapTests {
    /// The valid fixture changed in every file, so any mix of the two trees has a version of its own.
    static let otherTree = ContentFixture.valid
        .replacing("A two-section fixture.", with: "The other tree.", in: "explainer.json")
        .replacing("\"title\": \"An Article\"", with: "\"title\": \"Another Article\"", in: "sources.json")
        .replacing("Correlational.", with: "Correlational, other tree.", in: "claims.json")
        .replacing("demanding that it stop.", with: "demanding that it stop, other tree.", in: "glossary.json")
        .replacing("your local emergency number.", with: "your local emergency number now.", in: "support.json")
        .replacing("A paragraph with", with: "Another paragraph with", in: "sections/01-first.md")
        .replacing("A body with", with: "A body, with", in: "sections/02-second.md")

    @Test func everyLoadSeesOneTreeWhole() throws {
        let first = try ContentFixture.valid.writeToTemporaryDirectory()
        let second = try Self.otherTree.writeToTemporaryDirectory()
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("content-swap-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: false)
        defer {
            ContentFixture.remove(first)
            ContentFixture.remove(second)
            ContentFixture.remove(parent)
        }
        let versions = try [first, second].map { try ContentLoader.load(directory: $0).get().contentVersion }
        #expect(versions[0] != versions[1])

        let swapper = try SymlinkSwapper(link: parent + "/content", targets: (first, second))
        swapper.start()
        var outcomes: [String: Int] = [:]
        for _ in 0..<300 {
            switch ContentLoader.load(directory: swapper.link) {
            case .success(let index): outcomes[index.contentVersion, default: 0] += 1
            case .failure(let report): outcomes["failed: \(report.problems.first?.description ?? "")", default: 0] += 1
            }
        }
        let swaps = swapper.stop()
        #expect(swaps > 0)
        let torn = outcomes.filter { !versions.contains($0.key) }
        #expect(torn.isEmpty, "\(torn.values.reduce(0, +)) of 300 loads saw neither tree whole: \(torn)")
    }
}
