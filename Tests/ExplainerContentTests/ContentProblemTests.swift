import ExplainerContent
import Foundation
import Testing

/// One fixture per kind of content problem: each breaks the valid fixture in one place and asserts
/// that exactly that problem is reported, with its file, line, column, id and message.
@Suite("Content problems")
struct ContentProblemTests {
    private func expectOnly(_ fixture: ContentFixture, _ expected: ContentProblem, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let problems = try fixture.problems()
        #expect(problems == [expected], sourceLocation: sourceLocation)
    }

    @Test func validFixtureLoads() throws {
        #expect(try ContentFixture.valid.problems() == [])
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let fixture = ContentFixture.valid.replacing("\"id\": \"first-claim\",", with: "\"id\": \"first-claim\"", in: "claims.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .malformedJSON, file: "claims.json", line: 5, column: 7, message: "unexpected '\"', expected ',' or '}' in object"))
    }

    @Test func invalidUTF8NamesLineAndColumn() throws {
        var bytes = Array("# The second lead line.\n\nA bo".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array("dy.\n".utf8))
        try expectOnly(
            ContentFixture.valid.setting("sections/02-second.md", to: bytes),
            ContentProblem(kind: .invalidUTF8, file: "sections/02-second.md", line: 3, column: 5, id: "second", message: "invalid UTF-8"))
    }

    @Test func missingFieldIsReportedAtItsObject() throws {
        let fixture = ContentFixture.valid.replacing("      \"outlet\": \"Outlet\",\n", with: "", in: "sources.json")
        try expectOnly(
            fixture, ContentProblem(kind: .missingField, file: "sources.json", line: 3, id: "article", message: "missing field \"outlet\""))
    }

    @Test func unknownFieldIsReportedAtItsKey() throws {
        let fixture = ContentFixture.valid.replacing("\"year\": 2020,", with: "\"year\": 2020, \"volume\": 1,", in: "sources.json")
        try expectOnly(
            fixture,
            ContentProblem(kind: .unknownField, file: "sources.json", line: 21, id: "doe-2020", message: "unknown field \"volume\""))
    }

    @Test func duplicateIDNamesTheFirstUse() throws {
        let fixture = ContentFixture.valid
            .replacing("\"slug\": \"self-harm\"", with: "\"slug\": \"harm-reduction\"", in: "glossary.json")
            .replacing("\"related\": [\"self-harm\"]", with: "\"related\": []", in: "glossary.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .duplicateID, file: "glossary.json", line: 12, id: "harm-reduction", message: "duplicate id, first used on line 4"))
    }

    @Test func nonSlugIDIsReported() throws {
        let fixture = ContentFixture.valid.replacing("\"id\": \"first-claim\"", with: "\"id\": \"First_Claim\"", in: "claims.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .invalidSlug, file: "claims.json", line: 4, id: "First_Claim",
                message: "id is not a slug (lower-case letters, digits, single hyphens)"))
    }

    @Test func danglingReferenceIsReportedAtTheReference() throws {
        let fixture = ContentFixture.valid.replacing(
            "\"evidence\": [\"doe-2020\"]", with: "\"evidence\": [\"doe-2021\"]", in: "claims.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .danglingReference, file: "claims.json", line: 8, id: "first-claim",
                message: "evidence names study \"doe-2021\", which does not exist"))
    }

    @Test func unlistedSectionFileIsReported() throws {
        let fixture = ContentFixture.valid.setting("sections/03-extra.md", to: Array("# Extra.\n\nText.\n".utf8))
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .unlistedSectionFile, file: "sections/03-extra.md", id: "extra",
                message: "section file is not listed in explainer.json"))
    }

    @Test func listedButMissingSectionFileIsReported() throws {
        try expectOnly(
            ContentFixture.valid.removing("sections/02-second.md"),
            ContentProblem(
                kind: .missingSectionFile, file: "sections/02-second.md", id: "second",
                message: "listed in explainer.json (line 10) but the file is missing"))
    }

    @Test func quoteNotVerbatimInItsSectionIsReported() throws {
        // One changed letter ("a bullet" for "A bullet") is enough: matching is byte for byte.
        let fixture = ContentFixture.valid.replacing(
            "\"quote\": \"A bullet item", with: "\"quote\": \"a bullet item", in: "claims.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .quoteNotFound, file: "claims.json", line: 5, id: "first-claim",
                message: "quote is not found verbatim in section \"first\""))
    }

    @Test func glossaryTermOccurringNowhereIsReported() throws {
        let fixture = ContentFixture.valid.replacing("\"term\": \"harm reduction\"", with: "\"term\": \"bodymind\"", in: "glossary.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .unusedGlossaryTerm, file: "glossary.json", line: 3, id: "harm-reduction",
                message: "term \"bodymind\" and its aliases occur nowhere in the explainer"))
    }

    @Test func malformedDOIIsReported() throws {
        let fixture = ContentFixture.valid.replacing("\"doi\": \"10.1234/abc\"", with: "\"doi\": \"doi:10.1234/abc\"", in: "sources.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .malformedDOI, file: "sources.json", line: 24, id: "doe-2020",
                message: "doi \"doi:10.1234/abc\" is not a DOI (10.NNNN/suffix)"))
    }

    @Test func malformedURLIsReported() throws {
        let fixture = ContentFixture.valid.replacing("\"https://example.org/a\"", with: "\"javascript:alert(1)\"", in: "sources.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .malformedURL, file: "sources.json", line: 9, id: "article",
                message: "url \"javascript:alert(1)\" is not a well-formed http(s) URL"))
    }

    @Test func missingDataFileIsReported() throws {
        // Without the glossary nothing else breaks: no other file refers to its terms.
        try expectOnly(
            ContentFixture.valid.removing("glossary.json"),
            ContentProblem(kind: .missingFile, file: "glossary.json", message: "file is missing or unreadable"))
    }

    @Test func missingDirectoryIsOneProblem() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)").path
        guard case .failure(let report) = ContentLoader.load(directory: path) else {
            Issue.record("a missing directory loaded")
            return
        }
        #expect(
            report.problems == [ContentProblem(kind: .missingFile, file: path, message: "content directory is missing or not a directory")])
    }

    @Test func sectionWithoutLeadLineIsReported() throws {
        let fixture = ContentFixture.valid.replacing("# The second lead line.", with: "The second lead line.", in: "sections/02-second.md")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .malformedSection, file: "sections/02-second.md", line: 1, id: "second",
                message: "the first line must be \"# \" followed by the section's lead line"))
    }

    @Test func impossibleDateIsReported() throws {
        let fixture = ContentFixture.valid.replacing(
            "\"verified_at\": \"2026-11-24\"", with: "\"verified_at\": \"2026-13-01\"", in: "support.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .invalidValue, file: "support.json", line: 10, id: "xx-line",
                message: "verified_at \"2026-13-01\" is not a date (YYYY-MM-DD)"))
    }

    @Test func wrongJSONTypeIsReported() throws {
        let fixture = ContentFixture.valid.replacing("\"year\": 2020,", with: "\"year\": \"2020\",", in: "sources.json")
        try expectOnly(
            fixture,
            ContentProblem(
                kind: .invalidValue, file: "sources.json", line: 21, id: "doe-2020",
                message: "field \"year\" must be an integer, found a string"))
    }

    @Test func severalProblemsAreAllReportedAtOnce() throws {
        let fixture = ContentFixture.valid
            .replacing("\"https://example.org/a\"", with: "\"ftp://example.org/a\"", in: "sources.json")
            .replacing("\"section\": \"first\"", with: "\"section\": \"third\"", in: "claims.json")
            .replacing("\"related\": [\"self-harm\"],", with: "\"related\": [\"self-harm\"], \"see_also\": [],", in: "glossary.json")
            .replacing("\"regions\": [\"GB\"],\n", with: "\"regions\": [\"gb\"],\n", in: "support.json")
            .setting("sections/09-stray.md", to: Array("# Stray.\n".utf8))
        let problems = try fixture.problems()
        #expect(
            problems == [
                ContentProblem(
                    kind: .danglingReference, file: "claims.json", line: 6, id: "first-claim",
                    message: "section names section \"third\", which does not exist"),
                ContentProblem(
                    kind: .unknownField, file: "glossary.json", line: 8, id: "harm-reduction", message: "unknown field \"see_also\""),
                ContentProblem(
                    kind: .unlistedSectionFile, file: "sections/09-stray.md", id: "stray",
                    message: "section file is not listed in explainer.json"),
                ContentProblem(
                    kind: .malformedURL, file: "sources.json", line: 9, id: "article",
                    message: "url \"ftp://example.org/a\" is not a well-formed http(s) URL"),
                ContentProblem(
                    kind: .invalidValue, file: "support.json", line: 5, id: "xx-line",
                    message: "region \"gb\" is not a two-letter ISO 3166-1 code or \"*\""),
            ])
    }

    @Test func problemsPrintAsFileLineColumnIDMessage() {
        let withEverything = ContentProblem(kind: .malformedJSON, file: "claims.json", line: 5, column: 7, id: "x", message: "bad")
        let withoutLine = ContentProblem(kind: .missingFile, file: "glossary.json", message: "file is missing or unreadable")
        #expect(withEverything.description == "claims.json:5:7: x: bad")
        #expect(withoutLine.description == "glossary.json: file is missing or unreadable")
    }

    @Test func checkReportsProblemsAndExitsOne() throws {
        let fixture = ContentFixture.valid.removing("glossary.json")
        let directory = try fixture.writeToTemporaryDirectory()
        defer { ContentFixture.remove(directory) }
        let result = ContentCheck.run(directory: directory)
        #expect(result.exitCode == 1)
        #expect(result.index == nil)
        #expect(result.report == "glossary.json: file is missing or unreadable\ninvalid: 1 problem")
    }
}
