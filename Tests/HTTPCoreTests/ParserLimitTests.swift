import HTTPCore
import Testing

@Suite("RequestParser: every limit at its value and one past it")
struct ParserLimitTests {
    static let limits = Limits()

    /// A request line of exactly `length` bytes (without CRLF).
    static func requestLine(length: Int) -> String {
        let fixed = "GET / HTTP/1.1".utf8.count
        return "GET /" + String(repeating: "a", count: length - fixed) + " HTTP/1.1"
    }

    @Test("request line: 8 KiB accepted, one byte more is 414")
    func requestLine() {
        let atLimit = Self.requestLine(length: Self.limits.requestLineBytes) + "\r\nHost: x\r\n\r\n"
        #expect(ParserHarness.whole(atLimit).requests.count == 1)
        let over = Self.requestLine(length: Self.limits.requestLineBytes + 1) + "\r\nHost: x\r\n\r\n"
        #expect(ParserHarness.whole(over).error == .requestLineTooLong)
        // Refused before the line ends: the parser does not buffer an endless line.
        let endless = Array(Self.requestLine(length: Self.limits.requestLineBytes + 2).utf8)
        #expect(ParserHarness.parse([endless]).error == .requestLineTooLong)
    }

    /// A header section of exactly `bytes` bytes (field lines with their CRLFs): Host and one padded field.
    static func headerSection(bytes: Int) -> String {
        let fixed = "Host: x\r\n".utf8.count + "X-Pad: \r\n".utf8.count
        return "Host: x\r\nX-Pad: " + String(repeating: "a", count: bytes - fixed) + "\r\n"
    }

    @Test("header section: 16 KiB accepted, one byte more is 431")
    func headerBytes() {
        let at = Self.headerSection(bytes: Self.limits.headerSectionBytes)
        #expect(at.utf8.count == Self.limits.headerSectionBytes)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\n" + at + "\r\n").requests.count == 1)
        let over = Self.headerSection(bytes: Self.limits.headerSectionBytes + 1)
        #expect(over.utf8.count == Self.limits.headerSectionBytes + 1)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\n" + over + "\r\n").error == .headerSectionTooLarge)
        #expect(ParserHarness.byteByByte(Array(("GET / HTTP/1.1\r\n" + over + "\r\n").utf8)).error == .headerSectionTooLarge)
    }

    @Test("header fields: 100 accepted, 101 is 431")
    func fieldCount() {
        func request(fields: Int) -> String {
            "GET / HTTP/1.1\r\nHost: x\r\n" + (1..<fields).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        }
        #expect(ParserHarness.whole(request(fields: Self.limits.headerFields)).requests.count == 1)
        #expect(ParserHarness.whole(request(fields: Self.limits.headerFields + 1)).error == .headerSectionTooLarge)
    }

    @Test("body by Content-Length: 64 KiB accepted, one byte more is 413")
    func contentLength() {
        let n = Self.limits.bodyBytes
        let at = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(n)\r\n\r\n" + String(repeating: "a", count: n)
        let outcome = ParserHarness.whole(at)
        #expect(outcome.requests.first?.body.count == n)
        let over = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(n + 1)\r\n\r\n"
        #expect(ParserHarness.whole(over).error == .bodyTooLarge)
    }

    @Test("chunked body: 64 KiB decoded accepted, one byte more is 413")
    func chunked() {
        let n = Self.limits.bodyBytes
        func request(total: Int) -> String {
            let first = total / 2
            let second = total - first
            return "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + String(first, radix: 16) + "\r\n" + String(repeating: "a", count: first) + "\r\n"
                + String(second, radix: 16) + "\r\n" + String(repeating: "b", count: second) + "\r\n0\r\n\r\n"
        }
        #expect(ParserHarness.whole(request(total: n)).requests.first?.body.count == n)
        #expect(ParserHarness.whole(request(total: n + 1)).error == .bodyTooLarge)
    }

    @Test("smaller configured limits are honoured the same way")
    func customLimits() {
        let limits = Limits(requestLineBytes: 20, headerSectionBytes: 30, headerFields: 2, bodyBytes: 3)
        #expect(ParserHarness.whole("GET /123456 HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits).requests.count == 1)  // 20 bytes
        #expect(ParserHarness.whole("GET /1234567 HTTP/1.1\r\nHost: x\r\n\r\n", limits: limits).error == .requestLineTooLong)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\n\r\n", limits: limits).requests.count == 1)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n", limits: limits).error == .headerSectionTooLarge)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc", limits: limits).requests.count == 1)
        #expect(ParserHarness.whole("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd", limits: limits).error == .bodyTooLarge)
        // Header bytes: "Host: x\r\n" (9) + "A: " + 16 + "\r\n" = 30 exactly, then one more.
        let at = "GET / HTTP/1.1\r\nHost: x\r\nA: " + String(repeating: "v", count: 16) + "\r\n\r\n"
        #expect(ParserHarness.whole(at, limits: limits).requests.count == 1)
        let over = "GET / HTTP/1.1\r\nHost: x\r\nA: " + String(repeating: "v", count: 17) + "\r\n\r\n"
        #expect(ParserHarness.whole(over, limits: limits).error == .headerSectionTooLarge)
    }
}
