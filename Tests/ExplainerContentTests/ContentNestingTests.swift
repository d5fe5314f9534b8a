import ExplainerContent
import Foundation
import Testing

/// Content nested deeply enough to overflow the stack must end as a content problem naming the file,
/// the line and the limit, never as a crash.
@Suite("Deeply nested content")
struct ContentNestingTests {
    private static let deepQuote = String(repeating: ">", count: 30_000) + " deep"

    @Test func thirtyThousandNestedQuotesInASectionAreOneProblemWithFileAndLine() throws {
        let fixture = ContentFixture.valid.setting(
            "sections/02-second.md", to: Array("# The second lead line.\n\nA body.\n\n\(Self.deepQuote)\n".utf8))
        #expect(
            try fixture.problems() == [
                ContentProblem(
                    kind: .nestingTooDeep, file: "sections/02-second.md", line: 5, id: "second",
                    message: "block quotes nested deeper than 8 levels")
            ])
    }

    @Test func tooDeepInlinesInASectionAreReportedWithTheOtherProblems() throws {
        let fixture = ContentFixture.valid
            .setting("sections/02-second.md", to: Array("# The second lead line.\n\n[**__*_x_*__**](https://a.org)\n".utf8))
            .removing("glossary.json")
        #expect(
            try fixture.problems() == [
                ContentProblem(kind: .missingFile, file: "glossary.json", message: "file is missing or unreadable"),
                ContentProblem(
                    kind: .nestingTooDeep, file: "sections/02-second.md", line: 3, id: "second",
                    message: "emphasis, strong and links nested deeper than 4 levels"),
            ])
    }

    @Test func deeplyNestedJSONIsAProblemNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000)
        let problems = try ContentFixture.valid.setting("claims.json", to: Array(deep.utf8)).problems()
        #expect(
            problems.contains(
                ContentProblem(kind: .malformedJSON, file: "claims.json", line: 1, column: 257, message: "nesting deeper than 256 levels")))
    }
}
