import HTTPCore
import Testing

/// gzip: stored once for bodies over 1 KB, chosen by Accept-Encoding, each encoding with its own tag.
@Suite struct CompressionTests {
    static let gzipPaths = APIFixture.resourcePaths.filter { APIFixture.send($0).body.count > 1_024 }

    @Test func everyListAndSectionIsLargeEnoughToCompress() {
        let expected = APIFixture.lists.map(\.path) + APIFixture.index.sections.map { "/v1/sections/\($0.id)" }
        #expect(Set(expected).isSubset(of: Set(Self.gzipPaths)))
    }

    @Test(arguments: gzipPaths)
    func gzipBodyInflatesToThePlainBody(path: String) throws {
        let plain = APIFixture.send(path)
        let gzip = APIFixture.send(path, headers: [("Accept-Encoding", "gzip, deflate, br")])
        #expect(gzip.headers["Content-Encoding"] == "gzip")
        #expect(gzip.headers["Content-Type"] == plain.headers["Content-Type"])
        #expect(gzip.body.count < plain.body.count)
        #expect(Gzip.decompress(gzip.body) == plain.body)
        #expect(gzip.headers["ETag"] != plain.headers["ETag"])
        #expect(gzip.headers["Vary"]?.contains("Accept-Encoding") == true)
        #expect(plain.headers["Vary"]?.contains("Accept-Encoding") == true)
        #expect(plain.headers["Content-Encoding"] == nil)
    }

    @Test func smallBodiesAreSentAsIs() throws {
        let small = try #require(APIFixture.resourcePaths.first { APIFixture.send($0).body.count <= 1_024 })
        let response = APIFixture.send(small, headers: [("Accept-Encoding", "gzip")])
        #expect(response.headers["Content-Encoding"] == nil)
    }

    @Test func qValuesDecide() throws {
        let path = try #require(Self.gzipPaths.first)
        let cases: [(String, String?)] = [
            ("gzip;q=0", nil), ("gzip;q=0.4, identity;q=0.5", nil), ("gzip;q=0.6, identity;q=0.5", "gzip"), ("*", "gzip"),
            ("br", nil), ("identity;q=0, *", "gzip"),
        ]
        for (header, encoding) in cases {
            #expect(APIFixture.send(path, headers: [("Accept-Encoding", header)]).headers["Content-Encoding"] == encoding, "\(header)")
        }
    }

    @Test func identityRefusedGetsGzipEvenForASmallBodyAndIdentityWhenGzipIsRefusedToo() throws {
        let small = try #require(APIFixture.resourcePaths.first { APIFixture.send($0).body.count <= 1_024 })
        let gzip = APIFixture.send(small, headers: [("Accept-Encoding", "gzip, identity;q=0")])
        #expect(gzip.status == .ok && gzip.headers["Content-Encoding"] == "gzip")
        #expect(Gzip.decompress(gzip.body) == APIFixture.send(small).body)
        for header in ["identity;q=0", "gzip;q=0, identity;q=0", "*;q=0"] {
            let refused = APIFixture.send(small, headers: [("Accept-Encoding", header)])
            #expect(refused.status == .ok, "\(header)")
            #expect(refused.headers["Content-Encoding"] == nil && refused.body == APIFixture.send(small).body, "\(header)")
        }
    }
}
