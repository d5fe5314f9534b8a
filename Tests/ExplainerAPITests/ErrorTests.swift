import Foundation
import HTTPCore
import Testing

/// Every 400 and 404 path: problem+json naming the parameter, or the nearest ids; never a 500.
@Suite struct ErrorTests {
    static let badParameters: [(String, String)] = [
        ("/v1/sections?limit=0", "limit"), ("/v1/sections?limit=201", "limit"), ("/v1/claims?limit=x", "limit"),
        ("/v1/sources?cursor=garbage", "cursor"), ("/v1/glossary?cursor=DN", "cursor"),
        ("/v1/sections/research-shows?format=pdf", "format"), ("/v1/sections?annotate=claims", "annotate"),
        ("/v1/sections/research-shows?fields=title,colour", "fields"), ("/v1/claims?include=glossary", "include"),
        ("/v1/claims?section=reserch-shows", "section"), ("/v1/claims?source=nope", "source"), ("/?pretty=2", "pretty"),
        ("/v1/support?country=GBR", "country"), ("/v1/explainer?page=2", "page"), ("/healthz?x=1", "x"),
        ("/v1/glossary?q=" + String(repeating: "a", count: 513), "q"), ("/v1/sections?limit=5&limit=6", "limit"),
        ("/v1/search", "q"), ("/v1/search?q=%20%20", "q"), ("/v1/search?q=pain&limit=51", "limit"),
        ("/v1/search?q=pain&types=videos", "types"), ("/v1/search?q=pain&format=xml", "format"),
        ("/v1/search?q=pain&types=sections,", "types"), ("/openapi.yaml?v=2", "v"),
    ]

    @Test(arguments: badParameters)
    func aBadParameterIs400NamingIt(target: String, parameter: String) throws {
        let response = APIFixture.send(target)
        #expect(response.status == .badRequest)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        let problem = try APIFixture.json(response)
        #expect(problem["parameter"] as? String == parameter)
        #expect(problem["status"] as? Int == 400)
        #expect((problem["detail"] as? String)?.isEmpty == false)
    }

    static let unknownIDs: [(String, String)] = [
        ("/v1/sections/reserch-shows", "research-shows"), ("/v1/claims/signal-scramble", "signal-scrambling"),
        ("/v1/sources/aeon", "aeon-why-self-harm"), ("/v1/glossary/harm-reductio", "harm-reduction"),
    ]

    @Test(arguments: unknownIDs)
    func anUnknownIDIs404WithTheNearestFirst(target: String, nearest: String) throws {
        let response = APIFixture.send(target)
        #expect(response.status == .notFound)
        let problem = try APIFixture.json(response)
        #expect((problem["suggestions"] as? [String])?.first == nearest)
        #expect(problem["type"] as? String == "/problems/not-found")
    }

    @Test func anUnknownPathIs404AndAnotherMethodIs405WithAllow() {
        #expect(APIFixture.send("/v2/sections").status == .notFound)
        let post = APIFixture.send("/v1/sections", method: .post)
        #expect(post.status == .methodNotAllowed)
        #expect(post.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test func problemsCarryTheHelpLinkAndNoInternalText() throws {
        let response = APIFixture.send("/v1/sections/nope")
        #expect(response.headers["Link"] == "</v1/support>; rel=\"help\"")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(!text.contains("Error(") && !text.contains("Swift"))
    }

    /// Random query strings and paths, including bytes that are not UTF-8: nothing gets a 500.
    @Test func garbageInputNeverGetsA500() {
        var generator = SystemRandomNumberGenerator()
        let paths = ["/v1/sections", "/v1/sections/research-shows", "/v1/claims", "/v1/glossary", "/v1/support", "/v1/search"]
        let alphabet = Array("abcxyz019=&,;%+-_.~/?#*\u{00e9}\u{0000}\u{FFFD} ".unicodeScalars)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let query = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let target = paths.randomElement(using: &generator)! + "?" + query
            let status = APIFixture.send(target).status.code
            #expect(status < 500, "\(target) answered \(status)")
        }
    }
}
