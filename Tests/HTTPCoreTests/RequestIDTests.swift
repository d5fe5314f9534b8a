import HTTPCore
import Testing

@Suite("RequestID")
struct RequestIDTests {
    @Test("a generated id is 16 hex digits of prefix, a dash and the counter in hex")
    func format() throws {
        var ids = RequestID()
        let first = ids.next()
        let prefix = try #require(first.split(separator: "-").first)
        #expect(prefix.count == 16)
        #expect(prefix.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(first == "\(prefix)-1")
        for _ in 2...9 { _ = ids.next() }
        #expect(ids.next() == "\(prefix)-a")
        for _ in 11...255 { _ = ids.next() }
        #expect(ids.next() == "\(prefix)-100")
    }

    @Test("generated ids are sane, so they pass the check a client's id must")
    func generatedAreSane() {
        var ids = RequestID()
        #expect(RequestID.isSane(ids.next()))
    }

    @Test("two generators start from different prefixes")
    func prefixes() {
        var a = RequestID()
        var b = RequestID()
        #expect(a.next() != b.next())
    }
}
