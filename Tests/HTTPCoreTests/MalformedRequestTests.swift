import HTTPCore
import Testing

/// One request the parser must refuse, and the status the server answers it with.
struct Malformed: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let status: Int

    init(_ name: String, _ text: String, _ status: Int) {
        self.name = name
        self.bytes = Array(text.utf8)
        self.status = status
    }

    init(_ name: String, bytes: [UInt8], _ status: Int) {
        self.name = name
        self.bytes = bytes
        self.status = status
    }

    var testDescription: String { name }
}

@Suite("RequestParser: malformed requests")
struct MalformedRequestTests {
    static let h = "Host: x\r\n"

    static let table: [Malformed] = [
        // Request smuggling: every framing ambiguity is refused.
        Malformed(
            "Transfer-Encoding and Content-Length",
            "POST / HTTP/1.1\r\n\(h)Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        Malformed(
            "Content-Length then Transfer-Encoding", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\nContent-Length: 0\r\n\r\n", 400),
        Malformed("differing Content-Length fields", "POST / HTTP/1.1\r\n\(h)Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
        Malformed("differing Content-Length list", "POST / HTTP/1.1\r\n\(h)Content-Length: 5, 6\r\n\r\nhello!", 400),
        Malformed("Transfer-Encoding gzip", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: gzip\r\n\r\n", 400),
        Malformed("Transfer-Encoding gzip, chunked", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: gzip, chunked\r\n\r\n", 400),
        Malformed(
            "Transfer-Encoding chunked twice", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
            400),
        Malformed("Transfer-Encoding identity", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: identity\r\n\r\n", 400),
        Malformed("Transfer-Encoding xchunked", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: xchunked\r\n\r\n", 400),
        Malformed("Transfer-Encoding in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        Malformed("whitespace before colon", "GET / HTTP/1.1\r\n\(h)Content-Length : 0\r\n\r\n", 400),
        Malformed("tab before colon", "GET / HTTP/1.1\r\n\(h)Transfer-Encoding\t: chunked\r\n\r\n", 400),
        Malformed("obs-fold", "GET / HTTP/1.1\r\n\(h)X-Folded: a\r\n b\r\n\r\n", 400),
        Malformed("obs-fold with tab", "GET / HTTP/1.1\r\n\(h)X-Folded: a\r\n\tb\r\n\r\n", 400),
        Malformed("bare CR in a value", "GET / HTTP/1.1\r\n\(h)X-A: a\rb\r\n\r\n", 400),
        Malformed("bare CR in the request line", "GET /a\rb HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("bare LF ending a header", "GET / HTTP/1.1\r\n\(h)X-A: a\n\r\n", 400),
        Malformed("bare LF ending the request line", "GET / HTTP/1.1\n\(h)\r\n", 400),
        Malformed("NUL in a value", bytes: Array("GET / HTTP/1.1\r\n\(h)X-A: a".utf8) + [0] + Array("b\r\n\r\n".utf8), 400),
        Malformed("NUL in a name", bytes: Array("GET / HTTP/1.1\r\n\(h)X".utf8) + [0] + Array("A: b\r\n\r\n".utf8), 400),
        Malformed("NUL in the target", bytes: Array("GET /".utf8) + [0] + Array(" HTTP/1.1\r\n\(h)\r\n".utf8), 400),
        Malformed("DEL in a value", bytes: Array("GET / HTTP/1.1\r\n\(h)X-A: a".utf8) + [0x7F] + Array("\r\n\r\n".utf8), 400),
        Malformed("escape byte in a value", bytes: Array("GET / HTTP/1.1\r\n\(h)X-A: a".utf8) + [0x1B] + Array("\r\n\r\n".utf8), 400),
        Malformed("missing Host on HTTP/1.1", "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", 400),
        Malformed("duplicate Host", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        Malformed("duplicate Host on HTTP/1.0", "GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n", 400),
        Malformed("invalid token in a method", "G(T / HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("invalid token in a name", "GET / HTTP/1.1\r\n\(h)X@A: b\r\n\r\n", 400),
        Malformed("space in a name", "GET / HTTP/1.1\r\n\(h)X A: b\r\n\r\n", 400),
        Malformed("empty name", "GET / HTTP/1.1\r\n\(h): b\r\n\r\n", 400),
        Malformed("field without colon", "GET / HTTP/1.1\r\n\(h)NoColon\r\n\r\n", 400),
        Malformed("negative Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: -1\r\n\r\n", 400),
        Malformed("signed Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: +5\r\n\r\nhello", 400),
        Malformed("hex Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: 0x5\r\n\r\nhello", 400),
        Malformed("empty Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: \r\n\r\n", 400),
        Malformed("Content-Length with inner space", "POST / HTTP/1.1\r\n\(h)Content-Length: 1 2\r\n\r\n", 400),
        Malformed("overflowing Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: 99999999999999999999999\r\n\r\n", 400),
        Malformed("invalid chunk size", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        Malformed("chunk size with sign", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", 400),
        Malformed("chunk data without CRLF", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400),
        Malformed("chunk size LF only", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", 400),
        Malformed(
            "control byte in chunk extension", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\n5;a=\u{1}\r\nhello\r\n0\r\n\r\n",
            400),
        Malformed("obs-fold in trailer", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\n0\r\nT: a\r\n b\r\n\r\n", 400),
        Malformed("two spaces after method", "GET  / HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("two spaces before version", "GET /  HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("tab as separator", "GET\t/ HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("missing version", "GET /\r\n\(h)\r\n", 400),
        Malformed("lowercase version", "GET / http/1.1\r\n\(h)\r\n", 400),
        Malformed("version with trailing garbage", "GET / HTTP/1.1x\r\n\(h)\r\n", 400),
        Malformed("HTTP/0.9 style request", "GET /\r\n\r\n", 400),
        Malformed("space in the target", "GET /a b HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("fragment in the target", "GET /a#b HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("raw UTF-8 in the target", "GET /caf\u{E9} HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("relative target", "GET a/b HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("asterisk-form with GET", "GET * HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("authority-form", "CONNECT example.com:443 HTTP/1.1\r\n\(h)\r\n", 400),
        Malformed("HTTP/2.0", "GET / HTTP/2.0\r\n\(h)\r\n", 505),
        Malformed("HTTP/1.2", "GET / HTTP/1.2\r\n\(h)\r\n", 505),
        Malformed("HTTP/0.9 in the line", "GET / HTTP/0.9\r\n\(h)\r\n", 505),
        Malformed("body over the limit by Content-Length", "POST / HTTP/1.1\r\n\(h)Content-Length: 65537\r\n\r\n", 413),
        Malformed("chunk size beyond any limit", "POST / HTTP/1.1\r\n\(h)Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 413),
    ]

    @Test("each malformed request is refused with its status, whole and byte by byte", arguments: table)
    func refused(_ entry: Malformed) throws {
        let whole = ParserHarness.parse([entry.bytes])
        let error = try #require(whole.error, "\(entry.name) was accepted: \(whole.requests)")
        #expect(error.status.code == entry.status)
        #expect(whole.requests.isEmpty)
        let split = ParserHarness.byteByByte(entry.bytes)
        #expect(split.error?.status.code == entry.status)
    }

    @Test("the table covers at least forty requests")
    func tableSize() {
        #expect(Self.table.count >= 40)
    }

    @Test("every parser error becomes problem+json with its status and no client bytes")
    func problems() {
        let errors: [RequestParseError] = [
            .malformed(reason: "x"), .ambiguousFraming(reason: "y"), .requestLineTooLong, .headerSectionTooLarge, .bodyTooLarge,
            .unsupportedVersion, .undecodableQueryParameter(name: "q"), .expectationFailed,
            .unsupportedMediaType(accepted: ["application/json"], method: .post),
        ]
        for error in errors {
            let response = ProblemResponse.make(error.problem)
            #expect(response.status == error.status)
            #expect(response.headers["Content-Type"] == "application/problem+json")
        }
    }
}
