import ExplainerContent
import Testing

/// Property checks over many generated inputs: whatever Markdown comes in, the HTML that comes out
/// holds only the allowed elements, properly nested, with only http(s) links.
@Suite("Markdown safety on generated input")
struct MarkdownSafetyTests {
    /// A small deterministic generator (SplitMix64), so a failure reproduces from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// Fragments that exercise every marker, HTML, entity and link form the renderer handles.
    static let fragments = [
        "*", "**", "_", "__", "[", "]", "(", ")", "\\", "<", ">", "&", "\"", "'", "\n", "\n\n", "- ", "1. ", "> ", " ",
        "word", "é", "“", "https://example.org/x", "javascript:alert(1)", "<script>", "</em>", "<a href=x>", "&amp;",
        "[t](https://a.org)", "[t](javascript:x)", "\r\n",
    ]

    static func generate(seed: UInt64, count: Int) -> [String] {
        var generator = SplitMix(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...40, using: &generator)
            return (0..<length).map { _ in fragments.randomElement(using: &generator)! }.joined()
        }
    }

    /// Checks that `html` is made only of allowed, balanced tags and escaped text; returns a reason or `nil`.
    static func violation(in html: String) -> String? {
        let tag = /<(\/?)([a-z]+)((?: [a-z-]+="[^"<>]*")*)>/
        var stack: [String] = []
        var rest = Substring(html)
        while let match = rest.firstMatch(of: tag) {
            if rest[..<match.range.lowerBound].contains(where: { $0 == "<" || $0 == ">" }) { return "raw angle bracket in text" }
            let (closing, name, attributes) = (match.output.1 == "/", String(match.output.2), String(match.output.3))
            guard ["p", "ul", "ol", "li", "em", "strong", "blockquote", "a"].contains(name) else { return "element <\(name)>" }
            if closing {
                guard stack.popLast() == name else { return "unbalanced </\(name)>" }
            } else {
                if name == "a" {
                    guard attributes.hasPrefix(" href=\"https://") || attributes.hasPrefix(" href=\"http://") else {
                        return "link \(attributes)"
                    }
                    if stack.contains("a") { return "nested link" }
                } else if !attributes.isEmpty {
                    return "attributes on <\(name)>"
                }
                stack.append(name)
            }
            rest = rest[match.range.upperBound...]
        }
        if rest.contains(where: { $0 == "<" || $0 == ">" }) { return "raw angle bracket in text" }
        return stack.isEmpty ? nil : "unclosed \(stack)"
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func generatedInputRendersOnlyAllowedBalancedElements(seed: UInt64) throws {
        for markdown in Self.generate(seed: seed, count: 500) {
            let html = try MarkdownRenderer.html(from: markdown)
            let problem = Self.violation(in: html)
            #expect(problem == nil, "seed \(seed): \(markdown.debugDescription) → \(html.debugDescription)")
            if problem != nil { return }
        }
    }

    @Test func theCheckerRejectsUnsafeHTML() {
        #expect(Self.violation(in: "<p>ok</p>") == nil)
        #expect(Self.violation(in: "<script>x</script>") != nil)
        #expect(Self.violation(in: "<a href=\"javascript:x\">y</a>") != nil)
        #expect(Self.violation(in: "<p><em>x</p></em>") != nil)
        #expect(Self.violation(in: "<p>a < b</p>") != nil)
    }
}
