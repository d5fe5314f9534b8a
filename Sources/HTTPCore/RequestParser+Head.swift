extension RequestParser {
    /// Parses `method SP request-target SP HTTP-version` (RFC 9112 §3) with exactly one space between.
    static func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(RequestParseError) -> Head {
        guard let sp1 = line.firstIndex(of: 0x20) else { throw .malformed(reason: "request line has no spaces") }
        guard sp1 > 0, line[..<sp1].allSatisfy(HTTPSyntax.isTokenChar) else { throw .malformed(reason: "invalid method token") }
        guard let sp2 = line[(sp1 + 1)...].firstIndex(of: 0x20) else { throw .malformed(reason: "request line has no version") }
        let targetBytes = UnsafeBufferPointer(rebasing: line[(sp1 + 1)..<sp2])
        guard !targetBytes.isEmpty, targetBytes.allSatisfy(HTTPSyntax.isTargetChar) else {
            throw .malformed(reason: "invalid request target")
        }
        let version = try parseVersion(UnsafeBufferPointer(rebasing: line[(sp2 + 1)...]))
        let method = self.method(UnsafeBufferPointer(rebasing: line[..<sp1]))
        // Every target byte is visible ASCII (checked above), so decoding cannot repair anything.
        let target = String(decoding: targetBytes, as: UTF8.self)
        // Origin-form, by far the most common, is taken as is without looking at the string again.
        let originTarget = targetBytes[0] == UInt8(ascii: "/") ? target : try originForm(target, method: method)
        // Decoded here, once: a target that does not decode is refused before its header section is read.
        let (path, query) = try RequestTarget.split(originTarget)
        var head = Head(method: method, target: originTarget, version: version, path: path, query: query)
        head.headers.reserveCapacity(Self.expectedFieldCount)
        return head
    }

    /// Room reserved for a request's header fields up front: more than a typical client sends, so the
    /// field list is allocated once rather than grown field by field.
    static let expectedFieldCount = 16

    /// The method for its token; GET, the method nearly every request uses, reuses the shared value
    /// instead of decoding a new string.
    private static func method(_ token: UnsafeBufferPointer<UInt8>) -> HTTPMethod {
        if token.count == 3, token[0] == UInt8(ascii: "G"), token[1] == UInt8(ascii: "E"), token[2] == UInt8(ascii: "T") {
            return .get
        }
        return HTTPMethod(rawValue: String(decoding: token, as: UTF8.self))
    }

    private static func parseVersion(_ v: UnsafeBufferPointer<UInt8>) throws(RequestParseError) -> HTTPVersion {
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard v.count == 8, v[0] == UInt8(ascii: "H"), v[1] == UInt8(ascii: "T"), v[2] == UInt8(ascii: "T"), v[3] == UInt8(ascii: "P"),
            v[4] == UInt8(ascii: "/"), isDigit(v[5]), v[6] == UInt8(ascii: "."), isDigit(v[7])
        else {
            throw .malformed(reason: "invalid HTTP version")
        }
        switch (v[5], v[7]) {
        case (UInt8(ascii: "1"), UInt8(ascii: "1")): return .http11
        case (UInt8(ascii: "1"), UInt8(ascii: "0")): return .http10
        default: throw .unsupportedVersion
        }
    }

    /// The target in origin-form: origin-form as is, absolute-form reduced to its path and query
    /// (RFC 9112 §3.2.2 requires servers to accept it), `*` only for OPTIONS; anything else is refused.
    private static func originForm(_ target: String, method: HTTPMethod) throws(RequestParseError) -> String {
        if target.hasPrefix("/") { return target }
        if target == "*" {
            guard method == .options else { throw .malformed(reason: "asterisk-form is only for OPTIONS") }
            return target
        }
        let lower = target.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let afterScheme = target.dropFirst(scheme.count)
            guard let cut = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
            let rest = String(afterScheme[cut...])
            return rest.hasPrefix("/") ? rest : "/" + rest
        }
        throw .malformed(reason: "unsupported request target form")
    }

    /// Splits a field line into a checked name and value (RFC 9112 §5, RFC 9110 §5.5).
    static func parseField(_ line: UnsafeBufferPointer<UInt8>) throws(RequestParseError) -> (name: String, value: String) {
        guard let first = line.first, first != 0x20, first != 0x09 else {
            throw .malformed(reason: "obsolete line folding")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .malformed(reason: "header field without a colon") }
        let name = UnsafeBufferPointer(rebasing: line[..<colon])
        if let last = name.last, last == 0x20 || last == 0x09 { throw .malformed(reason: "whitespace before a colon") }
        guard !name.isEmpty, name.allSatisfy(HTTPSyntax.isTokenChar) else { throw .malformed(reason: "invalid header field name") }
        var start = colon + 1
        var end = line.count
        guard line[start..<end].allSatisfy(HTTPSyntax.isFieldValueChar) else {
            throw .malformed(reason: "control character in a header field value")
        }
        while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let value = UnsafeBufferPointer(rebasing: line[start..<end])
        return (fieldName(name), String(decoding: value, as: UTF8.self))
    }

    /// The name as a string: one of the names most requests carry, spelled as sent, is a constant and
    /// costs no decoding; any other name (or spelling) is decoded from its bytes.
    static func fieldName(_ name: UnsafeBufferPointer<UInt8>) -> String {
        switch name.count {
        case 4: if name.spells("Host") { return "Host" }
        case 6:
            if name.spells("Accept") { return "Accept" }
            if name.spells("Origin") { return "Origin" }
            if name.spells("Cookie") { return "Cookie" }
        case 7: if name.spells("Referer") { return "Referer" }
        case 10:
            if name.spells("User-Agent") { return "User-Agent" }
            if name.spells("Connection") { return "Connection" }
        case 12:
            if name.spells("Content-Type") { return "Content-Type" }
            if name.spells("X-Request-Id") { return "X-Request-Id" }
        case 13:
            if name.spells("If-None-Match") { return "If-None-Match" }
            if name.spells("Cache-Control") { return "Cache-Control" }
        case 14: if name.spells("Content-Length") { return "Content-Length" }
        case 15:
            if name.spells("Accept-Encoding") { return "Accept-Encoding" }
            if name.spells("Accept-Language") { return "Accept-Language" }
            if name.spells("X-Forwarded-For") { return "X-Forwarded-For" }
        case 17:
            if name.spells("If-Modified-Since") { return "If-Modified-Since" }
            if name.spells("Transfer-Encoding") { return "Transfer-Encoding" }
        default: break
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Adds a header field, counting it against the field and byte limits.
    mutating func addField(_ line: Range<Int>) throws(RequestParseError) {
        try countField(line)
        let field = try withBytes(line) { bytes throws(RequestParseError) in try Self.parseField(bytes) }
        head!.headers.add(field.name, field.value)
    }

    mutating func countField(_ line: Range<Int>) throws(RequestParseError) {
        head!.fieldCount += 1
        head!.fieldBytes += line.count + 2
        if head!.fieldCount > limits.headerFields || head!.fieldBytes > limits.headerSectionBytes { throw .headerSectionTooLarge }
    }

    /// Checks Host, Expect and the framing fields once the header section is in (RFC 9112 §3.2, §6;
    /// RFC 9110 §10.1.1), then returns the request if it has no body or moves on to reading it.
    mutating func finishHead() throws(RequestParseError) -> Request? {
        let scan = Self.scanFields(head!.headers)
        if head!.version == .http11 && scan.hosts == 0 { throw .malformed(reason: "missing Host header") }
        if scan.hosts > 1 { throw .malformed(reason: "more than one Host header") }
        if var host = scan.host, !host.withUTF8(HostSyntax.isValid) {
            throw .malformed(reason: "the Host header is not a host with an optional numeric port")
        }
        if scan.expects {
            // Expect = #expectation, and the one expectation HTTP defines is 100-continue.
            let elements = head!.headers.listElements("Expect")
            if !elements.allSatisfy({ $0.asciiCaseInsensitiveEquals("100-continue") }) { throw .expectationFailed }
        }
        // Without a framing field the request has no body (RFC 9112 §6.3), the common case for GET.
        guard scan.framed else { return completeRequest() }
        let h = head!
        let codings = h.headers.values("Transfer-Encoding")
        let lengths = h.headers.values("Content-Length")
        let policy = bodyPolicy?(h.method, h.path)
        bodyLimit = policy?.maxBytes ?? limits.bodyBytes
        if !codings.isEmpty {
            if !lengths.isEmpty { throw .ambiguousFraming(reason: "both Transfer-Encoding and Content-Length") }
            if h.version == .http10 { throw .ambiguousFraming(reason: "Transfer-Encoding in an HTTP/1.0 request") }
            let list = h.headers.listElements("Transfer-Encoding")
            guard list.count == 1, list[0].asciiCaseInsensitiveEquals("chunked") else {
                throw .ambiguousFraming(reason: "a transfer coding other than chunked")
            }
            if let refusal = policy?.refusal(contentType: h.headers["Content-Type"], length: nil, method: h.method) { throw refusal }
            phase = .chunkSize
            continuePending = expectsContinue(h)
            return nil
        }
        guard !lengths.isEmpty else { return completeRequest() }
        let length = try contentLength(lengths)
        // Refused before a byte of the body is read, and before any 100 Continue invites it.
        if length > bodyLimit { throw .bodyTooLarge }
        if let refusal = policy?.refusal(contentType: h.headers["Content-Type"], length: length, method: h.method) { throw refusal }
        if length == 0 { return completeRequest() }
        body.reserveCapacity(length)
        phase = .fixedBody(remaining: length)
        continuePending = expectsContinue(h)
        return nil
    }

    /// What `finishHead` needs to know of the fields, found in one pass.
    private struct FieldScan {
        var hosts = 0
        /// The value of the last Host field, checked only when it is the only one.
        var host: String?
        /// Whether any Content-Length or Transfer-Encoding is present.
        var framed = false
        /// Whether any Expect is present.
        var expects = false
    }

    /// The Host fields, framing and Expect in one pass that compares a name only when its length (and
    /// for Expect, its first letter) fits, instead of a list built per name looked up.
    private static func scanFields(_ headers: HTTPHeaders) -> FieldScan {
        var scan = FieldScan()
        for field in headers.fields {
            switch field.name.utf8.count {
            // Names are tokens (ASCII), so `==` is byte equality here; it settles the usual spelling,
            // a constant from `fieldName`, by comparing the two strings' bits.
            case 4:
                if field.name == "Host" || field.name.asciiCaseInsensitiveEquals("Host") {
                    scan.hosts += 1
                    scan.host = field.value
                }
            // Accept, Origin and Cookie share the length; the first letter keeps them from being compared.
            case 6:
                if field.name.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "e") }) == true {
                    scan.expects = scan.expects || field.name.asciiCaseInsensitiveEquals("Expect")
                }
            case 14: scan.framed = scan.framed || field.name.asciiCaseInsensitiveEquals("Content-Length")
            case 17: scan.framed = scan.framed || field.name.asciiCaseInsensitiveEquals("Transfer-Encoding")
            default: break
            }
        }
        return scan
    }

    private func expectsContinue(_ h: Head) -> Bool {
        h.version == .http11 && h.headers.listElements("Expect").contains { $0.asciiCaseInsensitiveEquals("100-continue") }
    }

    /// The one length all Content-Length values agree on (RFC 9112 §6.3: identical repeats are allowed).
    private func contentLength(_ values: [String]) throws(RequestParseError) -> Int {
        var result: Int?
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.trimmingASCIIWhitespace()
                guard !digits.isEmpty, digits.utf8.count <= 18, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                    let n = Int(digits)
                else { throw .malformed(reason: "invalid Content-Length") }
                if let result, result != n { throw .ambiguousFraming(reason: "differing Content-Length values") }
                result = n
            }
        }
        return result!
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are exactly the literal's, case included; the caller has matched the length.
    @inline(__always)
    fileprivate func spells(_ literal: StaticString) -> Bool {
        let expected = literal.utf8Start
        for i in 0..<count where self[i] != expected[i] { return false }
        return true
    }
}
