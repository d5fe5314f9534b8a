import HTTPCore
import Testing

@Suite("RequestParser: valid requests")
struct RequestParserTests {
    static let valid: [String] = [
        "GET / HTTP/1.1\r\nHost: example\r\n\r\n",
        "GET /v1/sections/research-shows?lang=en&q=a%20b+c HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\nX-Request-Id: abc-123\r\n\r\n",
        "HEAD /healthz HTTP/1.0\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://example.com/a/b?c=d HTTP/1.1\r\nHost: example.com\r\n\r\n",
        "POST /submit HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world",
        "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer-Field: v\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n",
        "\r\n\r\nGET /after-empty-lines HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nX-Obs-Text: caf\u{E9}\r\nX-Empty:\r\nX-Tabs: \ta b\t\r\n\r\n",
        // Three pipelined requests: the parser must hand them out one by one, in order.
        "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nPOST /3 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nok",
    ]

    @Test("the same bytes give the same requests whole, byte by byte and split at random", arguments: valid)
    func splitIndependence(text: String) {
        let bytes = Array(text.utf8)
        let whole = ParserHarness.whole(text)
        #expect(whole.error == nil)
        #expect(!whole.requests.isEmpty)
        #expect(ParserHarness.byteByByte(bytes) == whole)
        for seed in UInt64(1)...40 {
            #expect(ParserHarness.randomSplits(bytes, seed: seed) == whole, "seed \(seed)")
        }
    }

    @Test("a request line, headers and query are parsed into their parts")
    func parts() throws {
        let outcome = ParserHarness.whole(Self.valid[1])
        let r = try #require(outcome.requests.first)
        #expect(r.method == "GET")
        #expect(r.path == "/v1/sections/research-shows")
        #expect(r.version == .http11)
        #expect(r.headers == ["Host: x", "Accept: application/json", "X-Request-Id: abc-123"])
        var parser = RequestParser()
        parser.append(Array(Self.valid[1].utf8))
        let request = try #require(try parser.next())
        #expect(request.query["q"] == "a b c")
        #expect(request.query["lang"] == "en")
    }

    @Test("chunked bodies are decoded and trailers dropped")
    func chunked() throws {
        let r = try #require(ParserHarness.whole(Self.valid[6]).requests.first)
        #expect(String(decoding: r.body, as: UTF8.self) == "hello world")
        #expect(!r.headers.contains { $0.hasPrefix("Trailer-Field") })
    }

    @Test("absolute-form is reduced to origin-form")
    func absoluteForm() throws {
        let r = try #require(ParserHarness.whole(Self.valid[4]).requests.first)
        #expect(r.target == "/a/b?c=d")
        #expect(r.path == "/a/b")
    }

    @Test("field values are trimmed of surrounding whitespace only")
    func trimming() throws {
        let r = try #require(ParserHarness.whole(Self.valid[9]).requests.first)
        #expect(r.headers.contains("X-Tabs: a b"))
        #expect(r.headers.contains("X-Empty: "))
    }

    @Test("pipelined requests come out in order, with their bodies")
    func pipelined() {
        let outcome = ParserHarness.whole(Self.valid[10])
        #expect(outcome.requests.map(\.path) == ["/1", "/2", "/3"])
        #expect(outcome.requests[2].body == Array("ok".utf8))
    }

    @Test("progress reports between requests, head and body")
    func progress() throws {
        var parser = RequestParser()
        #expect(parser.progress == .betweenRequests)
        parser.append(Array("GET / HT".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.progress == .head)
        parser.append(Array("TP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nab".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.progress == .body)
        parser.append(Array("cd".utf8))
        #expect(try parser.next() != nil)
        #expect(parser.progress == .betweenRequests)
    }

    @Test("a parser that failed keeps failing")
    func staysFailed() {
        var parser = RequestParser()
        parser.append(Array("GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n".utf8))
        #expect(throws: RequestParseError.self) { try parser.next() }
        parser.append(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(throws: RequestParseError.self) { try parser.next() }
    }

    @Test("HTTP/1.0 keep-alive and HTTP/1.1 close are read from Connection")
    func keepAlive() throws {
        func request(_ text: String) throws -> Request {
            var parser = RequestParser()
            parser.append(Array(text.utf8))
            return try #require(try parser.next())
        }
        #expect(try request("GET / HTTP/1.1\r\nHost: x\r\n\r\n").wantsKeepAlive)
        #expect(try !request("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").wantsKeepAlive)
        #expect(try !request("GET / HTTP/1.0\r\n\r\n").wantsKeepAlive)
        #expect(try request("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").wantsKeepAlive)
        #expect(try !request("GET / HTTP/1.1\r\nHost: x\r\nConnection: foo, close\r\n\r\n").wantsKeepAlive)
    }

    @Test("an over-long line ending in a bare LF is refused the same way whole and split (found by the fuzzer)")
    func overLongBareLF() {
        let limits = Limits(requestLineBytes: 64)
        let bytes = Array("GET / HT".utf8) + [UInt8](repeating: 0xFF, count: 100) + [0x20, 0x0A]
        let whole = ParserHarness.parse([bytes], limits: limits)
        #expect(whole.error == .requestLineTooLong)
        #expect(ParserHarness.parse([Array(bytes.dropLast()), [0x0A]], limits: limits) == whole)
        #expect(ParserHarness.byteByByte(bytes, limits: limits) == whole)
    }

    @Test("field names are kept as sent, whether a common name, another spelling of one, or unknown")
    func fieldNamesAsSent() throws {
        let text = "GET / HTTP/1.1\r\nHost: x\r\nuser-agent: a\r\nACCEPT-ENCODING: b\r\nHosts: c\r\nContent-Lengtx: d\r\n\r\n"
        let r = try #require(ParserHarness.whole(text).requests.first)
        #expect(r.headers == ["Host: x", "user-agent: a", "ACCEPT-ENCODING: b", "Hosts: c", "Content-Lengtx: d"])
    }

    @Test("methods other than GET are decoded as sent; a lowercase get is not GET")
    func methods() throws {
        for method in ["GET", "get", "GEt", "POST", "DELETE", "GETS"] {
            let r = try #require(ParserHarness.whole("\(method) / HTTP/1.1\r\nHost: x\r\n\r\n").requests.first)
            #expect(r.method == method)
        }
    }
}
