import HTTPCore
import Testing

@Suite("RequestTarget")
struct RequestTargetTests {
    @Test("a target with nothing to decode and no query is its own path")
    func plainPath() throws {
        let (path, query) = try RequestTarget.split("/v1/sections/research-shows")
        #expect(path == "/v1/sections/research-shows")
        #expect(query.isEmpty)
    }

    @Test("the path is percent-decoded and cut at the query; + stays + in the path")
    func decodedPath() throws {
        #expect(try RequestTarget.split("/a%20b+c?x=1").path == "/a b+c")
        #expect(try RequestTarget.split("/a+b?x").path == "/a+b")
    }

    @Test("query pairs are decoded with + as space; empty pairs are skipped; a name alone has an empty value")
    func queryPairs() throws {
        let query = try RequestTarget.split("/s?q=a+b%2Bc&&flag&=v&x=1=2&").query
        #expect(query.map { "\($0.name)|\($0.value)" } == ["q|a b+c", "flag|", "|v", "x|1=2"])
    }

    @Test("an escape that is not two hex digits, or escapes that are not UTF-8, are refused, not kept or repaired")
    func invalidEscapes() {
        #expect(throws: RequestParseError.malformed(reason: "the path has an escape that is not percent-encoded UTF-8")) {
            try RequestTarget.split("/a%zz%4")
        }
        #expect(throws: RequestParseError.self) { try RequestTarget.split("/%FF") }
        #expect(throws: RequestParseError.undecodableQueryParameter(name: "q")) { try RequestTarget.split("/s?q=%FF") }
        #expect(throws: RequestParseError.undecodableQueryParameter(name: "%E2%9C")) { try RequestTarget.split("/s?%E2%9C=1") }
        #expect(RequestTarget.percentDecode(Array("%41+".utf8), plusAsSpace: true) == "A ")
        #expect(RequestTarget.percentDecode(Array("%4".utf8), plusAsSpace: true) == nil)
        #expect(RequestTarget.percentDecode(Array("%C3%A9".utf8), plusAsSpace: true) == "\u{E9}")
    }

    @Test("a request made from a target that does not decode keeps the path before its query, and no query")
    func requestFromUndecodableTarget() {
        let request = Request(method: .get, target: "/a%zz?q=1")
        #expect(request.path == "/a%zz")
        #expect(request.query.isEmpty)
    }
}
