import HTTPCore
import Testing

/// The grammar a hostile-clients review found unchecked (issue 10): Host, chunk extensions, Expect and
/// percent-encoding in the target, each refused by the rule it breaks rather than by a list of examples.
@Suite("RequestParser: Host, chunk extensions, Expect and percent-encoding")
struct GrammarRefusalTests {
    static let chunked = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"

    static func host(_ value: String) -> String { "GET / HTTP/1.1\r\nHost: \(value)\r\n\r\n" }

    static let refused: [Malformed] = [
        // RFC 9112 §3.2 with RFC 3986 §3.2.2: uri-host [ ":" port ].
        Malformed("Host with userinfo", host("user@x"), 400),
        Malformed("Host with a port that is not numeric", host("x:abc"), 400),
        Malformed("Host with a space inside", host("a b"), 400),
        Malformed("Host naming two hosts", host("x, y"), 400),
        Malformed("Host with a path", host("x/evil"), 400),
        Malformed("Host with an unclosed IP literal", host("[::1"), 400),
        Malformed("Host with an IP literal that is not IPv6", host("[1.2.3]"), 400),
        Malformed("Host with text after the IP literal", host("[::1]x"), 400),
        Malformed("Host with two ports", host("x:80:81"), 400),
        Malformed("Host with a malformed escape", host("a%zz"), 400),
        Malformed("Host with a query", host("x?y"), 400),
        Malformed("Host with a fragment", host("x#y"), 400),
        Malformed("Host with obs-text", bytes: Array("GET / HTTP/1.1\r\nHost: caf".utf8) + [0xC3, 0xA9] + Array("\r\n\r\n".utf8), 400),
        // RFC 9112 §7.1.1: chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ).
        Malformed("chunk extension with an unclosed quote", chunked + "5;a=\"bc\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk extension without a name", chunked + "5;=b\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk extension name with a space inside", chunked + "5;a b\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk size with trailing whitespace", chunked + "5 \r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk extension with an empty value", chunked + "5;a=\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk extension without its semicolon", chunked + "5 a=b\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk extension after a quoted value", chunked + "5;a=\"b\"c\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("last chunk with a broken extension", chunked + "0;\"\r\n\r\n", 400),
        // RFC 9110 §10.1.1: an expectation this server cannot meet is 417.
        Malformed("Expect other than 100-continue", "GET / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n\r\n", 417),
        Malformed(
            "Expect listing 100-continue and another", "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue, x\r\nContent-Length: 0\r\n\r\n",
            417),
        Malformed("Expect 100-continue with a parameter", "GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue;a=b\r\n\r\n", 417),
        // Percent-encoding: a malformed escape, or escapes that are not UTF-8, anywhere in the target.
        Malformed("query value with a malformed escape", "GET /s?q=%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query value ending in a bare percent", "GET /s?q=a% HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query value ending in half an escape", "GET /s?q=%4 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query value that is not UTF-8", "GET /s?q=%FF HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query value with a truncated UTF-8 sequence", "GET /s?q=caf%C3 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query value with an overlong encoding", "GET /s?q=%C0%AF HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query name with a malformed escape", "GET /s?a%zz=1 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query name that is not UTF-8", "GET /s?%FE=1 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("query flag that is not UTF-8", "GET /s?ok=1&%ED%A0%80 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("path with a malformed escape", "GET /a%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("path ending in a bare percent", "GET /a% HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("path that is not UTF-8", "GET /%FF HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Malformed("absolute-form path that is not UTF-8", "GET http://x/%FF HTTP/1.1\r\nHost: x\r\n\r\n", 400),
    ]

    @Test("each request is refused with its status: whole, byte by byte and split at random", arguments: refused)
    func refusedRequest(_ entry: Malformed) throws {
        let whole = ParserHarness.parse([entry.bytes])
        let error = try #require(whole.error, "\(entry.name) was accepted: \(whole.requests)")
        #expect(error.status.code == entry.status)
        #expect(whole.requests.isEmpty)
        #expect(ParserHarness.byteByByte(entry.bytes).error == error)
        for seed in UInt64(1)...8 { #expect(ParserHarness.randomSplits(entry.bytes, seed: seed).error == error) }
    }

    static let accepted: [Malformed] = [
        Malformed("Host as a name", host("example.org"), 200),
        Malformed("Host with a port", host("example.org:8080"), 200),
        Malformed("Host with an empty port", host("x:"), 200),
        Malformed("Host as IPv4 with a port", host("127.0.0.1:80"), 200),
        Malformed("Host as an IPv6 literal", host("[::1]"), 200),
        Malformed("Host as an IPv6 literal with a port", host("[2001:db8::7]:443"), 200),
        Malformed("Host as an IPv6 literal ending in IPv4", host("[::ffff:192.0.2.1]"), 200),
        Malformed("Host as an IPvFuture literal", host("[v1.fe:x]"), 200),
        Malformed("Host with every reg-name class", host("a-b.c_d~e!$&'()*+,;=%41"), 200),
        Malformed("empty Host", "GET / HTTP/1.1\r\nHost:\r\n\r\n", 200),
        Malformed("chunk extensions of every form", chunked + "5 ; a ; b = c ;c=\"q \\\" d\"\r\nhello\r\n0;last\r\n\r\n", 200),
        Malformed("Expect: 100-continue in any case", "GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\n\r\n", 200),
        Malformed("escapes that are UTF-8", "GET /caf%C3%A9?q=%E2%9C%93&%C3%A9=1 HTTP/1.1\r\nHost: x\r\n\r\n", 200),
    ]

    @Test("each well-formed request is accepted: whole, byte by byte and split at random", arguments: accepted)
    func acceptedRequest(_ entry: Malformed) throws {
        let whole = ParserHarness.parse([entry.bytes])
        #expect(whole.error == nil, "\(entry.name) was refused: \(String(describing: whole.error))")
        #expect(whole.requests.count == 1)
        #expect(ParserHarness.byteByByte(entry.bytes) == whole)
        for seed in UInt64(1)...8 { #expect(ParserHarness.randomSplits(entry.bytes, seed: seed) == whole) }
    }

    @Test("escapes that are UTF-8 decode in the path and the query")
    func decodes() throws {
        let outcome = ParserHarness.whole("GET /caf%C3%A9?q=%E2%9C%93+x&%C3%A9=1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcome.requests.first?.path == "/caf\u{E9}")
        var parser = RequestParser()
        parser.append(Array("GET /s?q=%E2%9C%93+x&%C3%A9=1 HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        let request = try #require(try parser.next())
        #expect(request.query["q"] == "\u{2713} x")
        #expect(request.query["\u{E9}"] == "1")
    }

    @Test("a query parameter that does not decode is named in the problem's detail")
    func namesTheParameter() {
        let cases = [
            ("GET /s?ok=1&lang=%FF HTTP/1.1\r\nHost: x\r\n\r\n", "lang"),
            ("GET /s?q=a%zz HTTP/1.1\r\nHost: x\r\n\r\n", "q"),
            ("GET /s?na%zzme=1 HTTP/1.1\r\nHost: x\r\n\r\n", "na%zzme"),
        ]
        for (text, name) in cases {
            let error = ParserHarness.whole(text).error
            #expect(error?.status.code == 400, "\(text)")
            #expect(error?.problem.detail.contains("'\(name)'") == true, "\(String(describing: error?.problem.detail))")
        }
    }
}
