import ExplainerContent
import Testing

/// Proves Content/ carries the explainer word for word: every paragraph and bullet of the original
/// appears verbatim in exactly one place, in order, and nothing else does.
///
/// The original's preamble is stored as data, not prose: its title and subtitle in `explainer.json`,
/// its "sources:" list as the ordered `sources` ids whose titles are in `sources.json`. The test puts the
/// preamble back together from those, with the two pieces of structure we do not store: the label
/// `sources:` and the `(#)` placeholder each listed title links to (the original gives no address).
@Suite("Verbatim explainer text")
struct VerbatimTests {
    /// The original's units: blank-line separated blocks; in a block of `- ` lines, each line is a unit.
    static func units(of text: String) -> [String] {
        var result: [String] = []
        var block: [Substring] = []
        func flush() {
            guard !block.isEmpty else { return }
            if block.allSatisfy({ $0.hasPrefix("- ") }) {
                result.append(contentsOf: block.map(String.init))
            } else {
                result.append(block.joined(separator: "\n"))
            }
            block = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) { flush() } else { block.append(line) }
        }
        flush()
        return result
    }

    /// The same units rebuilt from Content/.
    static func contentUnits(_ index: ContentIndex) -> [String] {
        var result = [index.explainer.title]
        if let subtitle = index.explainer.subtitle { result.append(subtitle) }
        result.append("sources:")
        result += index.explainer.sourceIDs.map { "- [\(index.source(id: $0)?.title ?? "?")](#)" }
        for section in index.sections {
            result.append(section.title)
            result += units(of: section.markdown)
        }
        return result
    }

    private func loadRealContent() throws -> ContentIndex {
        try ContentLoader.load(directory: PackagePaths.content).get()
    }

    @Test(.enabled(if: PackagePaths.explainerText != nil, "../shared/explainer/ is absent (a fresh clone has none): skipped"))
    func everyParagraphAndBulletAppearsOnceInOrderAndNothingElse() throws {
        let original = Self.units(of: PackagePaths.explainerText ?? "")
        let carried = Self.contentUnits(try loadRealContent())
        #expect(carried.count == original.count)
        for (position, pair) in zip(carried, original).enumerated() {
            #expect(pair.0 == pair.1, "unit \(position + 1) differs")
        }
    }

    @Test(.enabled(if: PackagePaths.explainerText != nil, "../shared/explainer/ is absent (a fresh clone has none): skipped"))
    func sectionFilesRebuildTheOriginalByteForByte() throws {
        let index = try loadRealContent()
        var rebuilt = [index.explainer.title, index.explainer.subtitle ?? "", "sources:"].joined(separator: "\n\n") + "\n\n"
        rebuilt += index.explainer.sourceIDs.map { "- [\(index.source(id: $0)?.title ?? "?")](#)" }.joined(separator: "\n")
        for section in index.sections {
            rebuilt += "\n\n" + section.title + "\n\n" + section.markdown
        }
        let original = (PackagePaths.explainerText ?? "").drop { $0 == "\n" }
        #expect(rebuilt == String(original))
    }

    @Test func eachSectionStartsAtALeadLineAndTheyAreEight() throws {
        let index = try loadRealContent()
        #expect(index.sections.count == 8)
        #expect(index.sections.map(\.position) == Array(1...8))
        #expect(index.section(id: "research-shows")?.title == "Research shows:")
        #expect(index.rendering(sectionID: "research-shows")?.blocks.map(\.kind) == Array(repeating: .listItem, count: 5))
    }
}
