import ExplainerContent
import Foundation
import Testing

/// The real Content/ folder: it loads, and what it holds agrees with the checked research.
@Suite("Real content")
struct RealContentTests {
    private let index: ContentIndex

    init() throws {
        index = try ContentLoader.load(directory: PackagePaths.content).get()
    }

    @Test func checkPassesWithAOneLineSummary() {
        let result = ContentCheck.run(directory: PackagePaths.content)
        #expect(result.exitCode == 0)
        #expect(result.index != nil)
        #expect(!result.report.contains("\n"))
        #expect(result.report.hasPrefix("ok: 8 sections, \(index.claims.count) claims, 3 sources, "))
        #expect(result.report.hasSuffix("version \(index.contentVersion)"))
    }

    @Test func everyResearchShowsBulletIsExactlyOneClaim() throws {
        let rendering = try #require(index.rendering(sectionID: "research-shows"))
        for block in rendering.blocks {
            let quoting = index.claims.filter { $0.quote == block.plainText }
            #expect(quoting.count == 1, "bullet \(block.index) is quoted by \(quoting.count) claims")
        }
        #expect(rendering.claimIDs.count == rendering.blocks.count)
    }

    @Test(.enabled(if: PackagePaths.research("sources.md") != nil, "../shared/research/ is absent: skipped"))
    func doisArePresentExactlyWhereTheResearchMarksThemVerified() throws {
        let notes = try #require(PackagePaths.research("sources.md"))
        var checked = 0
        for row in notes.split(separator: "\n") where row.hasPrefix("| ") {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, let study = index.study(key: cells[0]) else { continue }
            let doiCell = cells[2]
            if doiCell.hasSuffix("[V]") {
                #expect(study.doi == doiCell.dropLast(3).trimmingCharacters(in: .whitespaces), "\(study.key)")
            } else {
                #expect(study.doi == nil, "\(study.key) has a DOI the research does not verify")
            }
            checked += 1
        }
        #expect(checked == index.studies.count)
    }

    @Test(.enabled(if: PackagePaths.research("safe-messaging.md") != nil, "../shared/research/ is absent: skipped"))
    func supportLinesAreTheVerifiedOnes() throws {
        let notes = try #require(PackagePaths.research("safe-messaging.md"))
        for line in index.supportLines {
            #expect(notes.contains("| \(line.id) |"), "\(line.id) is not in the research table")
            #expect(line.verifiedAt == "2026-11-24")
        }
        #expect(!index.supportLines.isEmpty)
        #expect(Set(index.emergencyLines.map(\.number)) == ["911", "999", "112", "000"])
    }

    @Test func unknownFactsAreNull() throws {
        let sciam = try #require(index.source(id: "sciam-pain-relief"))
        #expect(sciam.author == nil && sciam.date == nil && sciam.url == nil)
        #expect(index.source(id: "aeon-why-self-harm")?.contentNotes == ["first-person-account"])
        #expect(index.section(id: "socially-acceptable-forms")?.contentNotes.contains("mentions-self-harm-methods") == true)
    }

    @Test func glossaryHasAtLeastTwentyTermsEachUsedSomewhere() {
        #expect(index.glossary.count >= 20)
        for term in index.glossary {
            #expect(!index.sectionIDs(usingTerm: term.slug).isEmpty, "\(term.slug)")
        }
    }

    @Test func glossaryOffsetsPointAtTheMatchedTextInBothUnits() {
        for rendering in index.renderings {
            let utf8 = Array(rendering.plainText.utf8)
            let characters = Array(rendering.plainText)
            for occurrence in rendering.glossaryOccurrences {
                let byUTF8 = String(decoding: utf8[occurrence.utf8Offset..<(occurrence.utf8Offset + occurrence.utf8Length)], as: UTF8.self)
                let byCharacter = String(
                    characters[occurrence.characterOffset..<(occurrence.characterOffset + occurrence.characterLength)])
                #expect(byUTF8 == occurrence.text)
                #expect(byCharacter == occurrence.text)
                let term = index.glossaryTerm(slug: occurrence.slug)
                let spellings = ([term?.term ?? ""] + (term?.aliases ?? [])).map { $0.lowercased() }
                #expect(spellings.contains(occurrence.text.lowercased()))
            }
        }
    }

    @Test func blocksTileThePlainText() {
        for rendering in index.renderings {
            #expect(rendering.blocks.map(\.plainText).joined(separator: "\n\n") == rendering.plainText)
            for block in rendering.blocks {
                let start = rendering.plainText.utf8.index(rendering.plainText.utf8.startIndex, offsetBy: block.utf8Offset)
                #expect(rendering.plainText[start...].hasPrefix(block.plainText))
                #expect(block.passageID(inSection: rendering.sectionID) == "\(rendering.sectionID)#p\(block.index)")
            }
        }
    }

    @Test func annotatedHTMLIsThePlainHTMLWithGlossaryLinksAdded() throws {
        let anchor = try Regex(#"<a class="glossary-term" data-term="[a-z0-9-]+" href="/v1/glossary/[a-z0-9-]+">([^<]*)</a>"#)
        for rendering in index.renderings {
            let stripped = rendering.annotatedHTML.replacing(anchor) { match in String(match.output[1].substring ?? "") }
            #expect(stripped == rendering.html)
            #expect(rendering.annotatedHTML.matches(of: anchor).count == rendering.glossaryOccurrences.count)
        }
    }

    @Test func perSourceClaimsAndPerSectionClaimsAgree() {
        for source in index.sources {
            for claimID in index.claimIDs(citingSource: source.id) {
                #expect(index.claim(id: claimID)?.sourceIDs.contains(source.id) == true)
            }
        }
        #expect(index.claimIDs(citingSource: "aeon-why-self-harm").contains("two-brain-areas"))
        let all = index.renderings.flatMap(\.claimIDs)
        #expect(all.sorted() == index.claims.map(\.id).sorted())
    }

    @Test func contentVersionIsAStableSHA256() throws {
        let again = try ContentLoader.load(directory: PackagePaths.content).get()
        #expect(index.contentVersion.count == 64)
        #expect(index.contentVersion.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(again.contentVersion == index.contentVersion)
    }
}

/// `Content/dates.json` agrees with the history of the files it dates, where there is a history.
@Suite("Real content dates")
struct RealContentDateTests {
    static let hasHistory =
        FileManager.default.fileExists(atPath: PackagePaths.root.appendingPathComponent(".git").path)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    @Test(.enabled(if: hasHistory, "no .git beside the package (a container or an export): no history to compare with"))
    func everyDateModifiedIsTheDayItsFileLastChangedInGit() throws {
        let index = try ContentLoader.load(directory: PackagePaths.content).get()
        for file in index.contentFiles {
            let logged = try Self.lastChange(of: "Content/" + file)
            // A file not committed yet has no history; its date is checked once it is.
            guard !logged.isEmpty else { continue }
            #expect(
                index.fileDates[file]?.description == logged,
                "\(file): dates.json says \(String(describing: index.fileDates[file])), git log \(logged)")
        }
    }

    /// `git log -1 --format=%as -- path`: the author day of the last commit that changed it.
    static func lastChange(of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", PackagePaths.root.path, "log", "-1", "--format=%as", "--", path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
