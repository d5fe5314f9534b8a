import Foundation
import HTTPTesting
import Testing

@testable import ExplainerAPI

@Suite struct PageCursorTests {
    @Test(arguments: [0, 1, 7, 50, 199, 12_345, 999_999_999, 9_999_999_999])
    func aTokenDecodesToItsOffset(offset: Int) throws {
        let token = PageCursor(offset: offset).token
        #expect(
            token.utf8.allSatisfy { c in
                (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == 45 || c == 95
            })
        #expect(PageCursor(token: token)?.offset == offset)
    }

    @Test(arguments: [
        "", "x", "=", "bzE=", "!!!!", "MTA", "bw", "bzEx\u{00e9}", String(repeating: "A", count: 100), "bzF", "b-1", "0", "DN",
    ])
    func malformedTokensAreRejected(token: String) {
        #expect(PageCursor(token: token) == nil)
    }

    /// The `cursor` parameter's pattern in `openapi.yaml`, read from the file.
    static func specPattern() throws -> String {
        let yaml = try String(contentsOfFile: OpenAPIDocumentTests.specPath, encoding: .utf8)
        let parameter = try #require(yaml.range(of: "\n    cursor:\n"))
        let start = try #require(yaml.range(of: "pattern: '", range: parameter.upperBound..<yaml.endIndex))
        let end = try #require(yaml.range(of: "'\n", range: start.upperBound..<yaml.endIndex))
        return String(yaml[start.upperBound..<end.lowerBound])
    }

    /// A client (or schemathesis) that sends a value matching the documented pattern gets a page:
    /// the pattern and the decoder agree on every token, issued or made up.
    @Test func theSpecPatternMatchesExactlyTheTokensTheServerReads() throws {
        let regex = try Regex(Self.specPattern())
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var random = SplitMix64(seed: 20_261_202)
        var candidates = (0..<12).flatMap { digits in
            [0, 1, 5, 9].map { PageCursor(offset: Int("1" + String(repeating: "0", count: digits))! * $0).token }
        }
        for _ in 0..<20_000 {
            let length = Int(random.next() % 16) + 1
            // Start most with "bz" (what "o" encodes to), so the interesting prefixes are well covered.
            let prefix = random.next() % 4 == 0 ? "" : "bz"
            candidates.append(prefix + String((0..<length).map { _ in alphabet[Int(random.next() % 64)] }))
        }
        var read = 0
        for token in candidates {
            let decodes = PageCursor(token: token) != nil
            #expect(decodes == ((try? regex.wholeMatch(in: token)) != nil), "\(token)")
            if decodes { read += 1 }
        }
        #expect(read > 48)
    }

    @Test(arguments: ["/v1/sections", "/v1/claims", "/v1/sources", "/v1/glossary", "/v1/claims?section=research-shows"])
    func aCursorPastTheEndIsAnEmptyLastPage(path: String) throws {
        let separator = path.contains("?") ? "&" : "?"
        let response = APIFixture.send(path + separator + "cursor=" + PageCursor(offset: 1_000).token)
        #expect(response.status == .ok)
        let body = try APIFixture.json(response)
        #expect((body["items"] as? [Any])?.isEmpty == true)
        #expect((body["links"] as? [String: Any])?["next"] is NSNull)
        #expect(!(response.headers["Link"] ?? "").contains("rel=\"next\""))
    }
}
