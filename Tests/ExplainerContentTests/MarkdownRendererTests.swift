import ExplainerContent
import Testing

/// The Markdown subset and its safety: a table of inputs and the exact HTML they must produce.
@Suite("Markdown rendering")
struct MarkdownRendererTests {
    static let cases: [(markdown: String, html: String)] = [
        ("Hello *world*", "<p>Hello <em>world</em></p>"),
        ("**bold** and __also bold__ and _em_", "<p><strong>bold</strong> and <strong>also bold</strong> and <em>em</em></p>"),
        ("para one\n\npara two", "<p>para one</p>\n<p>para two</p>"),
        ("line one\nline two", "<p>line one\nline two</p>"),
        ("- one\n- two *x*", "<ul>\n<li>one</li>\n<li>two <em>x</em></li>\n</ul>"),
        ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"),
        ("> quoted *text*", "<blockquote>\n<p>quoted <em>text</em></p>\n</blockquote>"),
        ("[a link](https://example.org/a?b=1&c=2)", "<p><a href=\"https://example.org/a?b=1&amp;c=2\">a link</a></p>"),
        ("[**bold link**](http://example.org)", "<p><a href=\"http://example.org\"><strong>bold link</strong></a></p>"),
        ("[a [nested](https://x.org)](https://y.org)", "<p><a href=\"https://y.org\">a [nested](https://x.org)</a></p>"),
        ("*em with [link](https://a.org)*", "<p><em>em with <a href=\"https://a.org\">link</a></em></p>"),
        // Injection attempts: source HTML is always escaped, and only http(s) becomes a link.
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("[click](javascript:alert(1))", "<p>[click](javascript:alert(1))</p>"),
        ("[click](JavaScript:alert(1))", "<p>[click](JavaScript:alert(1))</p>"),
        ("[x](data:text/html,<script>alert(1)</script>)", "<p>[x](data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;)</p>"),
        ("[x](https://example.org\" onmouseover=\"alert(1))", "<p>[x](https://example.org&quot; onmouseover=&quot;alert(1))</p>"),
        ("[x](//evil.example)", "<p>[x](//evil.example)</p>"),
        ("&amp; & ' \"", "<p>&amp;amp; &amp; &#39; &quot;</p>"),
        ("# not a heading", "<p># not a heading</p>"),
        // Unbalanced or non-flanking markers stay literal text.
        ("*open only", "<p>*open only</p>"),
        ("close only*", "<p>close only*</p>"),
        ("**open strong", "<p>**open strong</p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("a ** b ** c", "<p>a ** b ** c</p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),
        ("\\*not em\\*", "<p>*not em*</p>"),
        ("[unclosed link](https://example.org", "<p>[unclosed link](https://example.org</p>"),
        ("“**signal-scrambling** between”", "<p>“<strong>signal-scrambling</strong> between”</p>"),
    ]

    @Test(arguments: cases)
    func rendersTheExpectedHTML(_ example: (markdown: String, html: String)) throws {
        #expect(try MarkdownRenderer.html(from: example.markdown) == example.html)
    }

    @Test func plainTextDropsMarkersAndJoinsBlocksWithABlankLine() throws {
        let markdown = "A *b* **c** [d](https://e.org)\nf\n\n- g\n- h"
        #expect(try MarkdownRenderer.plainText(from: markdown) == "A b c d f\n\ng\n\nh")
    }

    @Test func glossaryLinksWrapOccurrencesButNeverInsideAnExistingLink() throws {
        let markdown = "see [harm reduction](https://a.org) and harm reduction"
        let plain = try MarkdownRenderer.plainText(from: markdown)
        #expect(plain == "see harm reduction and harm reduction")
        let inLink = GlossaryOccurrence(
            slug: "harm-reduction", text: "harm reduction", utf8Offset: 4, utf8Length: 14, characterOffset: 4, characterLength: 14)
        let outside = GlossaryOccurrence(
            slug: "harm-reduction", text: "harm reduction", utf8Offset: 23, utf8Length: 14, characterOffset: 23, characterLength: 14)
        #expect(
            try MarkdownRenderer.html(from: markdown, glossaryLinks: [inLink, outside])
                == "<p>see <a href=\"https://a.org\">harm reduction</a> and "
                + "<a class=\"glossary-term\" data-term=\"harm-reduction\" href=\"/v1/glossary/harm-reduction\">harm reduction</a></p>")
    }

    @Test func glossaryLinksSkipOccurrencesCrossingEmphasis() throws {
        let markdown = "**harm** reduction"
        let crossing = GlossaryOccurrence(
            slug: "harm-reduction", text: "harm reduction", utf8Offset: 0, utf8Length: 14, characterOffset: 0, characterLength: 14)
        #expect(try MarkdownRenderer.html(from: markdown, glossaryLinks: [crossing]) == "<p><strong>harm</strong> reduction</p>")
    }
}
