import Foundation
import HTTPCore
import Testing

/// `JSONWriter`'s strings: only what RFC 8259 requires is escaped, plus U+2028 and U+2029.
@Suite("JSONWriter")
struct JSONWriterTests {
    static func literal(_ s: String) -> String {
        var out: [UInt8] = []
        JSONWriter.appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("<, > and & are written as they are, not as \\u003c, \\u003e, \\u0026")
    func htmlCharactersAreLiteral() {
        #expect(Self.literal("<p>a & b</p>") == #""<p>a & b</p>""#)
        #expect(Self.literal("</script>") == #""</script>""#)
    }

    @Test("the quote, the backslash and every control character U+0000–U+001F are escaped")
    func requiredEscapes() {
        #expect(Self.literal("say \"hi\" \\ there") == #""say \"hi\" \\ there""#)
        #expect(Self.literal("a\nb\rc\td") == #""a\nb\rc\td""#)
        #expect(Self.literal("\u{0}\u{1}\u{8}\u{C}\u{1F}") == #""\u0000\u0001\u0008\u000c\u001f""#)
        #expect(Self.literal("\u{7F}") == "\"\u{7F}\"")
    }

    @Test("U+2028 and U+2029 are escaped; their neighbours and other non-ASCII text are not")
    func lineAndParagraphSeparators() {
        #expect(Self.literal("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
        #expect(Self.literal("\u{2027}\u{202A}\u{2020}") == "\"\u{2027}\u{202A}\u{2020}\"")
        #expect(Self.literal("naïve “quote” 😀") == "\"naïve “quote” 😀\"")
        #expect(Self.literal("end\u{2028}") == #""end\u2028""#)
    }

    @Test("every escaped string parses back to itself")
    func roundTrip() throws {
        var scalars = (0..<0x80).compactMap(Unicode.Scalar.init)
        scalars += [0xA0, 0xE9, 0x2027, 0x2028, 0x2029, 0x202A, 0x201C, 0x1F600].compactMap(Unicode.Scalar.init)
        let text = String(String.UnicodeScalarView(scalars))
        var writer = JSONWriter()
        writer.beginArray()
        writer.string(text)
        writer.endArray()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String])
        #expect(parsed == [text])
    }
}
