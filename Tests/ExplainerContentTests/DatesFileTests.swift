import ExplainerContent
import Foundation
import Testing

/// `dates.json`: every file and section dated (null where unknown), real days, reviews in order, and
/// the dates reach the index.
@Suite struct DatesFileTests {
    let fixture = ContentFixture.valid

    @Test func theDatesReachTheIndex() throws {
        let index = try fixture.load().get()
        let first = try #require(index.section(id: "first"))
        let second = try #require(index.section(id: "second"))
        #expect(first.dateModified?.description == "2026-11-18")
        #expect(first.lastReviewed == nil && first.nextReview == nil)
        #expect(second.lastReviewed?.description == "2026-11-25" && second.nextReview?.description == "2027-05-25")
        #expect(index.fileDates["support.json"]?.description == "2026-11-24")
        #expect(index.fileDates["sections/02-second.md"]?.description == "2026-11-19")
        #expect(index.newestDate(of: ["explainer.json", "sections/01-first.md"])?.description == "2026-11-20")
        #expect(index.newestDate?.description == "2026-11-24")
        #expect(index.explainer.sourcesChecked.description == "2026-11-25")
    }

    @Test func anUnknownDayMakesTheNewestUnknown() throws {
        let index = try fixture.replacing(
            "\"id\": \"first\", \"date_modified\": \"2026-11-18\"", with: "\"id\": \"first\", \"date_modified\": null", in: "dates.json"
        ).load().get()
        #expect(index.section(id: "first")?.dateModified == nil)
        #expect(index.newestDate(of: ["support.json", "sections/01-first.md"]) == nil)
        #expect(index.newestDate(of: ["support.json", "sections/02-second.md"])?.description == "2026-11-24")
        #expect(index.newestDate == nil)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "26-11-18", "2026-11-18T00:00:00Z", "soon"])
    func aDateThatIsNotARealDayIsReported(value: String) throws {
        let problems = try fixture.replacing("\"2026-11-18\"", with: "\"\(value)\"", in: "dates.json").problems()
        #expect(problems.map(\.kind) == [.invalidValue])
        #expect(problems.first?.file == "dates.json" && problems.first?.id == "first" && problems.first?.line == 10)
        #expect(problems.first?.message == "date_modified \"\(value)\" is not a date (YYYY-MM-DD)")
    }

    @Test func aNextReviewBeforeTheLastReviewIsReported() throws {
        let problems = try fixture.replacing("\"2027-05-25\"", with: "\"2026-11-24\"", in: "dates.json").problems()
        #expect(
            problems == [
                ContentProblem(
                    kind: .invalidValue, file: "dates.json", line: 11, id: "second",
                    message: "next_review 2026-11-24 is before last_reviewed 2026-11-25")
            ])
    }

    @Test func everyFileAndSectionNeedsAnEntryAndNothingElseMayHaveOne() throws {
        let problems = try fixture.replacing(
            "{ \"file\": \"claims.json\", \"date_modified\": \"2026-11-22\" },", with: "", in: "dates.json"
        ).replacing("\"id\": \"second\"", with: "\"id\": \"third\"", in: "dates.json")
            .replacing("\"file\": \"glossary.json\"", with: "\"file\": \"vectors.json\"", in: "dates.json").problems()
        #expect(
            Set(problems.map(\.message)) == [
                "no entry in \"files\" for claims.json", "no entry in \"files\" for glossary.json",
                "file \"vectors.json\" is not a content data file (explainer.json, sources.json, claims.json, glossary.json, support.json)",
                "id names section \"third\", which does not exist", "no entry in \"sections\" for section \"second\"",
            ])
    }

    @Test func aMissingDatesFileIsReported() throws {
        let problems = try fixture.removing("dates.json").problems()
        #expect(problems.map(\.kind) == [.missingFile])
        #expect(problems.first?.file == "dates.json")
    }

    @Test func checkWarnsOnceANextReviewHasPassedAndStillPasses() throws {
        let directory = try fixture.writeToTemporaryDirectory()
        defer { ContentFixture.remove(directory) }
        let before = ContentCheck.run(directory: directory, now: Self.day("2027-05-25"))
        #expect(before.exitCode == 0 && !before.report.contains("warning"))
        let after = ContentCheck.run(directory: directory, now: Self.day("2027-05-26"))
        #expect(after.exitCode == 0)
        #expect(after.report.hasPrefix("dates.json: second: warning: next_review 2027-05-25 has passed\nok: "))
    }

    @Test(arguments: ["1970-01-01", "2000-02-29", "2026-11-25", "2100-12-31"])
    func aDayRoundTripsThroughItsFirstSecond(text: String) throws {
        let date = try #require(ContentDate(text))
        #expect(ContentDate(containing: Date(timeIntervalSince1970: Double(date.secondsSinceEpoch))) == date)
        #expect(ContentDate(containing: Date(timeIntervalSince1970: Double(date.secondsSinceEpoch + 86_399))) == date)
        #expect(date.description == text)
    }

    static func day(_ text: String) -> Date {
        Date(timeIntervalSince1970: Double(ContentDate(text)!.secondsSinceEpoch) + 3_600)
    }
}
