import HTTPCore
import Testing

@Suite("RequestTarget")
struct RequestTargetTests {
    @Test("a target with nothing to decode and no query is its own path")
    func plainPath() {
        let (path, query) = RequestTarget.split("/v1/sections/research-shows")
        #expect(path == "/v1/sections/research-shows")
        #expect(query.isEmpty)
    }

    @Test("the path is percent-decoded and cut at the query; + stays + in the path")
    func decodedPath() {
        #expect(RequestTarget.split("/a%20b+c?x=1").path == "/a b+c")
        #expect(RequestTarget.split("/a+b?x").path == "/a+b")
    }

    @Test("query pairs are decoded with + as space; empty pairs are skipped; a name alone has an empty value")
    func queryPairs() {
        let query = RequestTarget.split("/s?q=a+b%2Bc&&flag&=v&x=1=2&").query
        #expect(query.map { "\($0.name)|\($0.value)" } == ["q|a b+c", "flag|", "|v", "x|1=2"])
    }

    @Test("an escape that is not two hex digits is kept as sent; invalid UTF-8 becomes U+FFFD")
    func invalidEscapes() {
        #expect(RequestTarget.split("/a%zz%4").path == "/a%zz%4")
        #expect(RequestTarget.split("/%FF").path == "/\u{FFFD}")
        #expect(RequestTarget.percentDecode(Array("%41+".utf8), plusAsSpace: true) == "A ")
    }
}
