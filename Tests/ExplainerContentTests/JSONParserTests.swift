import Testing

@testable import ExplainerContent

/// The position-tracking JSON parser: syntax errors name the exact line and column (in Unicode
/// scalars), values remember where they start, and the canonical form is stable.
@Suite("JSON parser")
struct JSONParserTests {
    static let malformed: [(json: String, line: Int, column: Int, message: String)] = [
        ("{\"a\": 1,}", 1, 9, "unexpected '}', expected a quoted key"),
        ("[1 2]", 1, 4, "unexpected '2', expected ',' or ']' in array"),
        ("{\"a\" 1}", 1, 6, "unexpected '1', expected ':' after key \"a\""),
        ("\"abc", 1, 5, "unterminated string"),
        ("[01]", 1, 3, "invalid number: leading zero"),
        ("[1.]", 1, 4, "invalid number: expected a digit after '.'"),
        ("tru", 1, 4, "invalid literal, expected 'true'"),
        ("{}\n{}", 2, 1, "unexpected '{' after the top-level value"),
        ("\"a\u{01}\"", 1, 3, "control character U+0001 in string; escape it"),
        ("\"\\x\"", 1, 3, "invalid escape \\x in string"),
        ("\"\\ud800\"", 1, 8, "unpaired surrogate in \\u escape"),
        ("[\"é\", x]", 1, 7, "unexpected 'x', expected a value"),
        ("{\n  \"a\": [\n    1,\n  }", 4, 3, "unexpected '}', expected a value"),
        ("", 1, 1, "unexpected end of file, expected a value"),
        (String(repeating: "[", count: 300), 1, 257, "nesting deeper than 256 levels"),
    ]

    @Test(arguments: malformed)
    func syntaxErrorsNameLineColumnAndReason(_ example: (json: String, line: Int, column: Int, message: String)) {
        #expect(throws: JSONSyntaxError(line: example.line, column: example.column, message: example.message)) {
            try JSONParser.parse(Array(example.json.utf8))
        }
    }

    @Test func valuesRememberWhereTheyStart() throws {
        let root = try JSONParser.parse(Array("{\n  \"a\": [1,\n    true]\n}".utf8))
        guard case .object(let members) = root.value, let member = members.first, case .array(let elements) = member.value.value else {
            Issue.record("unexpected shape \(root)")
            return
        }
        #expect((member.line, member.column) == (2, 3))
        #expect((member.value.line, member.value.column) == (2, 8))
        #expect((elements[1].line, elements[1].column) == (3, 5))
    }

    @Test func escapesDecode() throws {
        let node = try JSONParser.parse(Array("\"\\u00e9\\ud83d\\ude00\\n\\/\"".utf8))
        #expect(node.value == .string("é😀\n/"))
    }

    @Test func canonicalFormSortsKeysAndDropsWhitespace() throws {
        let node = try JSONParser.parse(Array("{ \"b\": 1.50, \"a\": [true, null, \"x\\\"y\\u0001\"] }".utf8))
        #expect(String(decoding: JSONCanonicalWriter.bytes(of: node), as: UTF8.self) == "{\"a\":[true,null,\"x\\\"y\\u0001\"],\"b\":1.50}")
    }

    @Test(
        arguments: [
            ([0x61, 0xC0, 0xAF], 1, 2),  // overlong "/"
            ([0x0A, 0xED, 0xA0, 0x80], 2, 1),  // a UTF-16 surrogate
            ([0xF0, 0x9F, 0x98], 1, 1),  // truncated at the end
            ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // past U+10FFFF
        ] as [([UInt8], Int, Int)])
    func invalidUTF8IsLocated(_ example: ([UInt8], Int, Int)) {
        let position = UTF8Validation.firstInvalidPosition(in: example.0)
        #expect(position?.line == example.1 && position?.column == example.2)
    }

    @Test func validUTF8PassesIncludingFourByteScalars() {
        #expect(UTF8Validation.firstInvalidPosition(in: Array("a é – 😀 ’".utf8)) == nil)
    }

    @Test func mutatedInputEitherParsesOrPointsInsideTheText() throws {
        let original = Array(ContentFixture.sourcesJSON.utf8)
        let lineCount = original.filter { $0 == UInt8(ascii: "\n") }.count + 1
        var generator = MarkdownSafetyTests.SplitMix(state: 7)
        for _ in 0..<2_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(Array("{}[],:\"\\ 0-e".utf8).randomElement(using: &generator)!, at: position)
                default: bytes[position] = Array("{}[],:\"\\ ".utf8).randomElement(using: &generator)!
                }
            }
            do {
                _ = try JSONParser.parse(bytes)
            } catch {
                #expect(error.line >= 1 && error.line <= lineCount + 1)
                #expect(error.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
    }
}
