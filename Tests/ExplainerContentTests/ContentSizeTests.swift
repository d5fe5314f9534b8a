import ExplainerContent
import Foundation
import Glibc
import Testing

/// Content files large enough to exhaust memory, or names that are not files at all, must end as a
/// content problem naming the file, the size and the cap, never as a stall.
@Suite("Content sizes and file kinds")
struct ContentSizeTests {
    /// Writes the fixture, extends each file in `sizes` to its size with zero bytes (sparse, so nothing
    /// is written), and returns the problems of loading it.
    private func problems(with sizes: [String: Int]) throws -> [ContentProblem] {
        let directory = try ContentFixture.valid.writeToTemporaryDirectory()
        defer { ContentFixture.remove(directory) }
        for (file, size) in sizes {
            #expect(truncate(directory + "/" + file, off_t(size)) == 0)
        }
        guard case .failure(let report) = ContentLoader.load(directory: directory) else { return [] }
        return report.problems
    }

    @Test func aFileOverThePerFileCapIsRefusedBeforeItIsRead() throws {
        let size = 16 * 1024 * 1024 + 1
        let problems = try problems(with: ["claims.json": size])
        #expect(
            problems.contains(
                ContentProblem(
                    kind: .fileTooLarge, file: "claims.json",
                    message: "file is \(size) bytes, over the limit of 16777216 bytes for one content file")))
        // Refused unread: zero bytes that were read would be a JSON syntax error instead.
        #expect(!problems.contains { $0.kind == .malformedJSON })
    }

    @Test func aFileAtThePerFileCapIsRead() throws {
        let problems = try problems(with: ["claims.json": 16 * 1024 * 1024])
        #expect(!problems.contains { $0.kind == .fileTooLarge })
        #expect(problems.contains { $0.kind == .malformedJSON && $0.file == "claims.json" })
    }

    @Test func filesThatTogetherPassTheFolderCapAreRefusedFromTheOneThatCrossesIt() throws {
        let cap = 16 * 1024 * 1024
        let problems = try problems(with: ["sources.json": cap, "claims.json": cap, "glossary.json": cap, "support.json": cap])
        let tooLarge = problems.filter { $0.kind == .fileTooLarge }
        let readBefore = ContentFixture.explainerJSON.utf8.count + 3 * cap
        let message = "file is \(cap) bytes, which takes the folder past its limit of 67108864 bytes (\(readBefore) bytes read before it)"
        #expect(tooLarge == [ContentProblem(kind: .fileTooLarge, file: "support.json", message: message)])
    }

    @Test func aFIFOInPlaceOfAFileIsRefusedWithoutWaitingForAWriter() throws {
        let directory = try ContentFixture.valid.removing("claims.json").writeToTemporaryDirectory()
        defer { ContentFixture.remove(directory) }
        #expect(mkfifo(directory + "/claims.json", 0o644) == 0)
        guard case .failure(let report) = ContentLoader.load(directory: directory) else {
            Issue.record("a folder with a FIFO loaded")
            return
        }
        #expect(report.problems.contains(ContentProblem(kind: .missingFile, file: "claims.json", message: "not a regular file")))
    }

    @Test func aSectionsFolderWithMoreThanTenThousandEntriesIsOneProblemAndABoundedListing() throws {
        let directory = try ContentFixture.valid.writeToTemporaryDirectory()
        defer { ContentFixture.remove(directory) }
        for n in 0..<10_001 {
            let fd = open(directory + "/sections/.extra-\(n)", O_CREAT | O_WRONLY, 0o644)
            #expect(fd >= 0)
            close(fd)
        }
        guard case .failure(let report) = ContentLoader.load(directory: directory) else {
            Issue.record("a folder of 10,000 extra entries loaded")
            return
        }
        let message = "the folder holds more than 10000 entries; the rest were not read"
        #expect(report.problems.contains(ContentProblem(kind: .tooManyFiles, file: "sections", message: message)))
    }

    @Test func theRealContentIsFarBelowTheCaps() throws {
        let root = URL(fileURLWithPath: PackagePaths.content)
        // vectors.bin, the search index's stored vectors, is not content the loader reads under these
        // caps (VectorFile reads it with a cap of its own), and it is not .json or .md.
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
            $0.hasSuffix(".json") || $0.hasSuffix(".md")
        }
        let sizes = try files.map { file in
            try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(file).path)[.size] as? Int ?? 0
        }
        let largest: Int = sizes.max() ?? 0
        let total: Int = sizes.reduce(0, +)
        // Under a hundredth of each cap (16 MiB for one file, 64 MiB for the folder).
        #expect(largest < 167_772)
        #expect(total < 671_088)
    }
}
