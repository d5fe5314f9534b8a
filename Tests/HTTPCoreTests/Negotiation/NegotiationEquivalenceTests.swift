import HTTPCore
import HTTPTesting
import Testing

/// The in-place readings of `Accept-Encoding` and `Accept` must answer exactly as the list-based
/// reading (`ReferenceNegotiation`) did, for well-formed, odd and hostile values alike.
@Suite struct NegotiationEquivalenceTests {
    /// `Accept-Encoding` fields, one array per request (nil: no field; several values: repeated fields).
    static let encodingFields: [[String]?] = [
        nil, [""], ["gzip"], ["identity"], ["gzip, deflate, br"], ["gzip, deflate, br, zstd"], ["*"],
        ["gzip;q=0.5, identity;q=0"], ["GZIP"], ["Gzip;Q=0.5"], ["IDENTITY;q=0, GZip"], ["  gzip  ,  identity ; q = 0.5 "],
        ["\tgzip\t;\tq=0.3\t"], ["x-gzip"], ["X-GZIP;q=0.4, gzip;q=0.2"], ["gzip;q=0.2, gzip;q=0.7"], ["gzip;q=0.7, gzip;q=0.2"],
        ["*;q=0.3, *;q=0.9"], ["*;q=0"], ["identity;q=0"], ["identity;q=0, *"], ["*;q=0, identity"], ["*;q=0.1, gzip;q=0"],
        ["gzip;q=1.0000"], ["gzip;q=1.000"], ["gzip;q=1.001"], ["gzip;q=1."], ["gzip;q=0."], ["gzip;q=.5"], ["gzip;q=abc"],
        ["gzip;q=1.5"], ["gzip;q=-1"], ["gzip;q=01"], ["gzip;q=0.1234"], ["gzip;q="], ["gzip;q"], ["gzip;q=0.5;q=abc"],
        ["gzip;q=abc;q=0.5"], ["gzip;q=0.5;q=0.9"], ["gzip;level=1;q=0.4"], [",,gzip,,"], [", ,"], [",", ";"], [";q=0.5"],
        [";;gzip;q=0.5"], ["gzip;;q=0.5"], ["gzip; ;q=0.5"], ["gzip;="], ["gzip;=q=0.5"], ["gzip;q==0.5"], ["gzip;==q=0.3"],
        ["gzip;q = 0.5"], ["gzip ;q=0.5"], ["gzip;Q=0"], ["gzip; q=0 ,identity;q=0.001"], ["identity;q=0", "gzip"],
        ["gzip", "identity;q=0.5"], ["", "gzip"], ["gzip", ""], ["*;q=0.2", "*;q=0.8, gzip;q=0"], ["br", "br;q=0.1"],
        ["gz ip"], ["gzip=1"], ["q=0.5"], ["gzip;q=0.5, *;q=0.1", "x-gzip;q=0.9"], ["deflate, br;q=1.0, zstd;q=0.9"],
        // Separators before, at and after each eight-byte word the scanner reads at once.
        ["identity;q=0.5"], ["deflate;q=0.5,gzip;q=0.25"], ["                gzip;q=0.3"], ["x-gzip;q=0.1,       identity ;q=0.4"],
        ["br,br,br,br,br,br,gzip;q=0.6,br"], ["compress, deflate, x-gzip;q=0.5, identity;q=0.25, *;q=0"],
        // Non-ASCII bytes take the list reading: Unicode lowercasing and grapheme clusters must still hold.
        ["gzíp"], ["gzip, ídentity;q=0.5"], ["\u{212A}"], ["gzip,\u{301}identity"], ["gzip", "identity;q=0, \u{E9}"],
    ]

    static let codings = [
        "gzip", "GZIP", "Gzip", "x-gzip", "X-Gzip", "identity", "IDENTITY", "*", "br", "deflate", "zstd", "", "gzíp", "q=0.5",
        "gz ip", "\u{212A}",
    ]

    static let encodingOffers: [[String]] = [
        ["gzip", "identity"], ["identity"], ["identity", "gzip"], ["br", "gzip", "identity"], ["x-gzip", "identity"], [],
        ["GZIP", "Identity"],
    ]

    /// `Accept` fields, one array per request.
    static let acceptFields: [[String]?] = [
        nil, [""], ["*/*"], ["*"], ["application/json"], ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"],
        [
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                + "application/signed-exchange;v=b3;q=0.7"
        ],
        ["text/markdown"], ["TEXT/Markdown; charset=utf-8"], ["text/*;q=0.5, application/json;q=0.4"], ["text/*, text/markdown;q=0"],
        ["*/*;q=0"], ["text/*;q=0.1, text/*;q=0.9"], ["*/*;q=0.2, text/plain;q=0.8", "application/json"], ["application/*"],
        ["Application/*;q=0.3"], ["text/plain;q=1.0000, */*;q=0.1"], ["text/plain;q=abc, */*"], [" , text/plain ,, "],
        ["application/json;q=0.5", "text/plain;q=0.6"], ["text/plain ; q = 0.7 ; format=flowed"], ["text/*/*"], ["/*"],
        ["plain/*"], ["text/plain;q=0.5;q=0.6"], ["*/*, text/plain;q=0.001"], ["text/markdown;", ";text/plain"],
        ["text/plain; ;q=0.5"], ["application/problem+json, application/json;q=0.9"], ["*/*;q=0.5, */*;q=0.9"], ["//*"],
        ["application/json;q=0.25,text/plain;q=0.5"], ["application/xhtml+xml;q=0.2, text/markdown;q=0.3, text/*;q=0.1"],
        ["text/plàin"], ["t\u{212A}xt/plain"], ["text/plain,\u{301}application/json"], ["text/plain", "*/*;q=0.1, é"],
    ]

    static let mediaTypes = [
        "application/json", "text/markdown", "text/plain", "text/html", "Text/HTML", "APPLICATION/JSON", "application/xml",
        "image/png", "*/*", "*", "text/*", "/plain", "plain", "", "//", "text/plàin", "application/problem+json",
        "text/plain/extra",
    ]

    static let mediaOffers: [[String]] = [
        ["application/json", "text/markdown", "text/plain"], ["text/plain", "text/markdown"], [], ["TEXT/PLAIN"], ["image/png"],
    ]

    @Test(arguments: encodingFields)
    func acceptEncodingWeighsEveryCodingAsTheListReadingDid(fields: [String]?) {
        let accept = AcceptEncoding(ReferenceNegotiation.headers("Accept-Encoding", fields))
        for coding in Self.codings {
            #expect(accept.quality(of: coding) == ReferenceNegotiation.encodingQuality(of: coding, fields: fields), "\(coding)")
            #expect(accept.accepts(coding) == (ReferenceNegotiation.encodingQuality(of: coding, fields: fields) > 0), "\(coding)")
        }
    }

    @Test(arguments: encodingFields)
    func acceptEncodingPrefersWhatTheListReadingPreferred(fields: [String]?) {
        let accept = AcceptEncoding(ReferenceNegotiation.headers("Accept-Encoding", fields))
        for offers in Self.encodingOffers {
            #expect(accept.preferred(offers) == ReferenceNegotiation.preferredEncoding(offers, fields: fields), "\(offers)")
        }
    }

    @Test(arguments: encodingFields)
    func gzipOrIdentityChoiceMatchesPreferredAmongThoseTwo(fields: [String]?) {
        let accept = AcceptEncoding(ReferenceNegotiation.headers("Accept-Encoding", fields))
        #expect(accept.preferred(gzipAvailable: true) == ReferenceNegotiation.preferredEncoding(["gzip", "identity"], fields: fields))
        #expect(accept.preferred(gzipAvailable: false) == ReferenceNegotiation.preferredEncoding(["identity"], fields: fields))
    }

    @Test(arguments: encodingFields)
    func acceptEncodingStillListsEveryElement(fields: [String]?) {
        let accept = AcceptEncoding(ReferenceNegotiation.headers("Accept-Encoding", fields))
        #expect(accept.list?.elements == fields.map { QualityList($0).elements })
    }

    @Test(arguments: acceptFields)
    func acceptWeighsEveryMediaTypeAsTheListReadingDid(fields: [String]?) {
        let accept = AcceptedMediaTypes(ReferenceNegotiation.headers("Accept", fields))
        for type in Self.mediaTypes {
            #expect(accept.quality(of: type) == ReferenceNegotiation.mediaQuality(of: type, fields: fields), "\(type)")
        }
        for offers in Self.mediaOffers {
            #expect(accept.preferred(offers) == ReferenceNegotiation.preferredMediaType(offers, fields: fields), "\(offers)")
        }
        #expect(accept.list?.elements == fields.map { QualityList($0).elements })
    }

    /// Values assembled at random from the pieces the grammar turns on, so separators, spaces and
    /// weights meet in combinations no table lists.
    @Test func randomValuesAreReadAsTheListReadingReadThem() {
        let pieces = [
            ",", ", ", ";", "=", " ", "\t", "q", "Q", "0", "1", ".", "5", "9", "q=", ";q=0.5", ";q=1", ";q=0", "gzip", "GZIP",
            "x-gzip", "identity", "*", "/", "text", "plain", "text/plain", "*/*", "text/*", "application/json", "é",
        ]
        var random = SplitMix64(seed: 0x4E45_474F)
        for _ in 0..<3000 {
            let fieldCount = Int.random(in: 1...2, using: &random)
            let fields = (0..<fieldCount).map { _ in
                (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            let encodings = AcceptEncoding(ReferenceNegotiation.headers("Accept-Encoding", fields))
            for coding in ["gzip", "identity", "x-gzip", "*"] {
                #expect(encodings.quality(of: coding) == ReferenceNegotiation.encodingQuality(of: coding, fields: fields), "\(fields)")
            }
            let types = AcceptedMediaTypes(ReferenceNegotiation.headers("Accept", fields))
            for type in ["text/plain", "application/json", "text/*", "*/*"] {
                #expect(types.quality(of: type) == ReferenceNegotiation.mediaQuality(of: type, fields: fields), "\(fields)")
            }
        }
    }
}
