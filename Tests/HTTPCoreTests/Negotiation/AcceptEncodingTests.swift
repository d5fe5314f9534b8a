import HTTPCore
import Testing

@Suite struct AcceptEncodingTests {
    static func preferred(_ header: String?, _ available: [String] = ["gzip", "identity"]) -> String? {
        var headers = HTTPHeaders()
        if let header { headers.add("Accept-Encoding", header) }
        return AcceptEncoding(headers).preferred(available)
    }

    @Test(
        arguments: [
            // (Accept-Encoding, chosen among gzip and identity)
            (nil, "identity"),  // no header: do not compress for a client that did not ask
            ("gzip", "gzip"),
            ("GZIP", "gzip"),
            ("x-gzip", "gzip"),
            ("gzip, deflate, br", "gzip"),
            ("br", "identity"),  // identity is acceptable unless excluded
            ("", "identity"),  // an empty value means identity only
            ("gzip;q=0", "identity"),
            ("gzip;q=0.5, identity;q=0.8", "identity"),
            ("gzip;q=0.9, identity;q=0.8", "gzip"),
            ("identity;q=0, gzip", "gzip"),
            ("*", "gzip"),  // any coding: the server's preference (gzip first) decides
            ("*;q=0, identity", "identity"),
            ("*;q=0.1, gzip;q=0", "identity"),
            ("gzip;q=1.000", "gzip"),
            ("gzip;q=abc", "identity"),  // a malformed weight drops the element
            ("gzip;q=1.5", "identity"),
        ] as [(String?, String)])
    func choosesTheCodingRFC9110Describes(header: String?, expected: String) {
        #expect(Self.preferred(header) == expected)
    }

    @Test func identityRefusedAndGzipRefusedLeavesNothing() {
        #expect(Self.preferred("identity;q=0") == nil)
        #expect(Self.preferred("*;q=0") == nil)
        #expect(Self.preferred("gzip;q=0, identity;q=0") == nil)
    }

    @Test func identityRefusedWithOnlyIdentityAvailableLeavesNothing() {
        #expect(Self.preferred("identity;q=0, gzip", ["identity"]) == nil)
        #expect(Self.preferred("gzip", ["identity"]) == "identity")
    }

    @Test func repeatedFieldsAreCombined() {
        var headers = HTTPHeaders()
        headers.add("Accept-Encoding", "identity;q=0")
        headers.add("Accept-Encoding", "gzip")
        #expect(AcceptEncoding(headers).preferred(["gzip", "identity"]) == "gzip")
        #expect(!AcceptEncoding(headers).accepts("identity"))
    }

    @Test func nonASCIIBytesAreReadAsBytesAndNameNoCoding() {
        #expect(Self.preferred("gzip;q=0.5, é;q=1, identity;q=0.4") == "gzip")
        #expect(Self.preferred("GZİP") == "identity")  // a dotted capital I is not ASCII's I
        #expect(Self.preferred("identity;q=0,\u{301}gzip") == nil)  // a combining mark does not join the comma
    }
}
