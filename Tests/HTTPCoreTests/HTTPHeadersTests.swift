import HTTPCore
import Testing

@Suite("HTTPHeaders")
struct HTTPHeadersTests {
    let headers: HTTPHeaders = ["Host": "a", "Hosx": "b", "accept": "x", "ACCEPT": "y", "Connection": " close , ,keep-alive"]

    @Test("lookups fold ASCII case and skip names of the same length that differ")
    func lookup() {
        #expect(headers["host"] == "a")
        #expect(headers["HOSX"] == "b")
        #expect(headers["Hos"] == nil)
        #expect(headers.values("Accept") == ["x", "y"])
        #expect(headers.values("Accepts").isEmpty)
        #expect(headers.contains("CONNECTION"))
    }

    @Test("list elements are split at commas, trimmed, and empty ones dropped")
    func listElements() {
        #expect(headers.listElements("connection") == ["close", "keep-alive"])
        #expect(headers.listElements("Accept") == ["x", "y"])
        #expect(headers.listElements("Missing").isEmpty)
    }

    @Test("set appends a new name, and replaces every field of a present one with one at the end")
    func set() {
        var h: HTTPHeaders = ["A": "1", "B": "2", "a": "3"]
        h.set("C", "4")
        #expect(h.map { "\($0.name)=\($0.value)" } == ["A=1", "B=2", "a=3", "C=4"])
        h.set("A", "5")
        #expect(h.map { "\($0.name)=\($0.value)" } == ["B=2", "C=4", "A=5"])
    }

    @Test("case-insensitive equality folds letters only, not other bytes 0x20 apart")
    func folding() {
        #expect("Content-Length".asciiCaseInsensitiveEquals("content-LENGTH"))
        #expect(!"a@".asciiCaseInsensitiveEquals("a`"))
        #expect(!"[".asciiCaseInsensitiveEquals("{"))
        #expect(!"ab".asciiCaseInsensitiveEquals("abc"))
        #expect("Ab"[...].asciiCaseInsensitiveEquals("aB"[...]))
    }
}
