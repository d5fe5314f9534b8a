import HTTPCore
import HTTPTesting
import Testing

/// Request headers the API reads (negotiation, conditionals, CORS, region) with values built to
/// break parsers: no value may crash the server or turn into a 500. A blank parameter in
/// `Accept-Encoding` (`gzip;=`) once stopped the whole process; this sweeps that family of input.
@Suite struct HeaderRobustnessTests {
    static let fields = [
        "Accept", "Accept-Encoding", "Accept-Language", "If-None-Match", "If-Modified-Since", "Origin",
        "Access-Control-Request-Headers",
    ]
    /// Pieces that the field grammars give meaning to, so random strings of them reach deep paths.
    static let pieces = [
        ";", "=", ",", " ", "\t", "q", "q=", "0", "1", ".", "0.5", "1.000", "1.0000", "*", "/", "*/*", "gzip", "x-gzip",
        "identity", "br", "text", "json", "application/json", "text/markdown", "en-GB", "\"", "W/", "\"abc\"", "GMT",
        "Sun, 06 Nov 1994 08:49:37 GMT", "é", "-", "_", "",
    ]

    @Test func randomFieldValuesNeverCrashOrAnswer500() {
        var generator = SplitMix64(seed: 0x5EED)
        let targets = ["/v1/sections/research-shows", "/v1/support", "/v1/glossary", "/v1/search?q=coping"]
        for _ in 0..<3000 {
            var headers: [(String, String)] = []
            for _ in 0..<(1 + Int.random(in: 0..<3, using: &generator)) {
                let length = Int.random(in: 0..<12, using: &generator)
                let value = (0..<length).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)] }.joined()
                headers.append((Self.fields[Int.random(in: 0..<Self.fields.count, using: &generator)], value))
            }
            let target = targets[Int.random(in: 0..<targets.count, using: &generator)]
            let method: HTTPMethod = Int.random(in: 0..<5, using: &generator) == 0 ? .options : .get
            let status = APIFixture.send(target, method: method, headers: headers).status.code
            #expect([200, 204, 304, 400, 406].contains(status), "\(method) \(target) \(headers) answered \(status)")
        }
    }

    @Test(arguments: fields)
    func blankParametersAreIgnored(field: String) {
        for value in ["gzip;=", "en; ;q=1", "text/html;=", ";", "=", "*;q=", "x;q", ",;,=,", "*;q=0.5;=;", "en-GB;= , fr"] {
            for target in ["/v1/sections/research-shows", "/v1/support", "/v1/search?q=coping"] {
                let status = APIFixture.send(target, headers: [(field, value)]).status.code
                #expect([200, 304, 400, 406].contains(status), "\(field): \(value) on \(target) answered \(status)")
            }
        }
    }
}
