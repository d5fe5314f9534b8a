extension RequestParser {
    /// Parses `method SP request-target SP HTTP-version` (RFC 9112 §3) with exactly one space between.
    func parseRequestLine(_ line: ArraySlice<UInt8>) throws(RequestParseError) -> Head {
        guard let sp1 = line.firstIndex(of: 0x20) else { throw .malformed(reason: "request line has no spaces") }
        let methodBytes = line[line.startIndex..<sp1]
        guard !methodBytes.isEmpty, methodBytes.allSatisfy(HTTPSyntax.isTokenChar) else {
            throw .malformed(reason: "invalid method token")
        }
        let rest = line[(sp1 + 1)...]
        guard let sp2 = rest.firstIndex(of: 0x20) else { throw .malformed(reason: "request line has no version") }
        let targetBytes = rest[rest.startIndex..<sp2]
        guard !targetBytes.isEmpty, targetBytes.allSatisfy(HTTPSyntax.isTargetChar) else {
            throw .malformed(reason: "invalid request target")
        }
        let version = try parseVersion(rest[(sp2 + 1)...])
        let method = HTTPMethod(rawValue: String(decoding: methodBytes, as: UTF8.self))
        let target = try originForm(String(decoding: targetBytes, as: UTF8.self), method: method)
        return Head(method: method, target: target, version: version)
    }

    private func parseVersion(_ bytes: ArraySlice<UInt8>) throws(RequestParseError) -> HTTPVersion {
        let v = Array(bytes)
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard v.count == 8, v[0..<5].elementsEqual("HTTP/".utf8), isDigit(v[5]), v[6] == UInt8(ascii: "."), isDigit(v[7]) else {
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
    private func originForm(_ target: String, method: HTTPMethod) throws(RequestParseError) -> String {
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
    func parseField(_ line: ArraySlice<UInt8>) throws(RequestParseError) -> (name: String, value: String) {
        guard let first = line.first, first != 0x20, first != 0x09 else {
            throw .malformed(reason: "obsolete line folding")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw .malformed(reason: "header field without a colon") }
        let name = line[line.startIndex..<colon]
        if let last = name.last, last == 0x20 || last == 0x09 { throw .malformed(reason: "whitespace before a colon") }
        guard !name.isEmpty, name.allSatisfy(HTTPSyntax.isTokenChar) else { throw .malformed(reason: "invalid header field name") }
        var value = line[(colon + 1)...]
        guard value.allSatisfy(HTTPSyntax.isFieldValueChar) else {
            throw .malformed(reason: "control character in a header field value")
        }
        while let f = value.first, f == 0x20 || f == 0x09 { value.removeFirst() }
        while let l = value.last, l == 0x20 || l == 0x09 { value.removeLast() }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// Adds a header field, counting it against the field and byte limits.
    mutating func addField(_ line: ArraySlice<UInt8>) throws(RequestParseError) {
        try countField(line)
        let field = try parseField(line)
        head!.headers.add(field.name, field.value)
    }

    mutating func countField(_ line: ArraySlice<UInt8>) throws(RequestParseError) {
        head!.fieldCount += 1
        head!.fieldBytes += line.count + 2
        if head!.fieldCount > limits.headerFields || head!.fieldBytes > limits.headerSectionBytes { throw .headerSectionTooLarge }
    }

    /// Checks Host and the framing fields once the header section is in (RFC 9112 §3.2, §6), then
    /// returns the request if it has no body or moves on to reading it.
    mutating func finishHead() throws(RequestParseError) -> Request? {
        let h = head!
        let hosts = h.headers.values("Host")
        if h.version == .http11 && hosts.isEmpty { throw .malformed(reason: "missing Host header") }
        if hosts.count > 1 { throw .malformed(reason: "more than one Host header") }
        let codings = h.headers.values("Transfer-Encoding")
        let lengths = h.headers.values("Content-Length")
        if !codings.isEmpty {
            if !lengths.isEmpty { throw .ambiguousFraming(reason: "both Transfer-Encoding and Content-Length") }
            if h.version == .http10 { throw .ambiguousFraming(reason: "Transfer-Encoding in an HTTP/1.0 request") }
            let list = h.headers.listElements("Transfer-Encoding")
            guard list.count == 1, list[0].asciiCaseInsensitiveEquals("chunked") else {
                throw .ambiguousFraming(reason: "a transfer coding other than chunked")
            }
            phase = .chunkSize
            continuePending = expectsContinue(h)
            return nil
        }
        guard !lengths.isEmpty else { return completeRequest() }
        let length = try contentLength(lengths)
        if length > limits.bodyBytes { throw .bodyTooLarge }
        if length == 0 { return completeRequest() }
        body.reserveCapacity(length)
        phase = .fixedBody(remaining: length)
        continuePending = expectsContinue(h)
        return nil
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
