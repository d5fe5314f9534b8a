import ExplainerContent
import Testing

/// Nesting limits of the Markdown parsers, at the limit and one past it, and the hostile shapes that
/// once took seconds, rendered at a size a test can afford.
@Suite("Markdown nesting and hostile shapes")
struct MarkdownNestingTests {
    private static func quotes(_ depth: Int, _ text: String = "deep") -> String {
        String(repeating: ">", count: depth) + " " + text
    }

    @Test func eightNestedQuotesRender() throws {
        let html = try MarkdownRenderer.html(from: Self.quotes(8))
        let opening = String(repeating: "<blockquote>\n", count: 8)
        let closing = String(repeating: "\n</blockquote>", count: 8)
        #expect(html == opening + "<p>deep</p>" + closing)
    }

    @Test func nineNestedQuotesAreRefusedWithTheirLine() {
        #expect(throws: MarkdownNestingError(line: 3, message: "block quotes nested deeper than 8 levels")) {
            try MarkdownRenderer.html(from: "A paragraph.\n\n" + Self.quotes(9))
        }
    }

    @Test func thirtyThousandNestedQuotesAreRefusedNotACrash() {
        #expect(throws: MarkdownNestingError(line: 1, message: "block quotes nested deeper than 8 levels")) {
            try MarkdownRenderer.html(from: Self.quotes(30_000))
        }
    }

    @Test func quotesSpreadOverLinesReportTheLineWhereTheyGetTooDeep() {
        let markdown = "> one\n>> two\n>>> three\n" + (4...9).map { Self.quotes($0) }.joined(separator: "\n")
        #expect(throws: MarkdownNestingError(line: 9, message: "block quotes nested deeper than 8 levels")) {
            try MarkdownRenderer.html(from: markdown)
        }
    }

    @Test func fourNestedInlinesRender() throws {
        #expect(
            try MarkdownRenderer.html(from: "[**__*x*__**](https://a.org)")
                == "<p><a href=\"https://a.org\"><strong><strong><em>x</em></strong></strong></a></p>")
    }

    @Test func fiveNestedInlinesAreRefusedWithTheLineOfTheirParagraph() {
        #expect(throws: MarkdownNestingError(line: 4, message: "emphasis, strong and links nested deeper than 4 levels")) {
            try MarkdownRenderer.html(from: "One.\nTwo.\n\n- an item\n  [**__*_x_*__**](https://a.org)")
        }
    }

    @Test func manyOpenBracketsStayLiteral() throws {
        let markdown = String(repeating: "[", count: 2_000)
        #expect(try MarkdownRenderer.html(from: markdown) == "<p>" + markdown + "</p>")
    }

    @Test func manyNestedLinkOpenersLinkOnlyTheOutermost() throws {
        let count = 500
        let markdown = String(repeating: "[", count: count) + "x" + String(repeating: "](https://a.org)", count: count)
        let inner = String(repeating: "[", count: count - 1) + "x" + String(repeating: "](https://a.org)", count: count - 1)
        let expected = "<p><a href=\"https://a.org\">" + inner + "</a></p>"
        #expect(try MarkdownRenderer.html(from: markdown) == expected)
    }

    @Test func manyLinkCandidatesSharingOneParenthesisLinkOnlyTheLast() throws {
        let markdown = String(repeating: "[a](https://x", count: 1_000) + ")"
        let literal = String(repeating: "[a](https://x", count: 999)
        let expected = "<p>" + literal + "<a href=\"https://x\">a</a></p>"
        let html = try MarkdownRenderer.html(from: markdown)
        #expect(html == expected)
    }

    @Test func alternatingMarkersEmphasiseEveryOtherRun() throws {
        let markdown = String(repeating: "*a _", count: 1_000)
        let expected = "<p>" + String(repeating: "<em>a _</em>a _", count: 500) + "</p>"
        #expect(try MarkdownRenderer.html(from: markdown) == expected)
    }
}
