import HTTPCore
import Testing

@Suite struct AcceptedMediaTypesTests {
    static let offers = ["application/json", "text/markdown", "text/plain"]

    static func preferred(_ header: String?) -> String? {
        var headers = HTTPHeaders()
        if let header { headers.add("Accept", header) }
        return AcceptedMediaTypes(headers).preferred(offers)
    }

    @Test(
        arguments: [
            (nil, "application/json"),
            ("*/*", "application/json"),
            ("text/markdown", "text/markdown"),
            ("TEXT/Markdown; charset=utf-8", "text/markdown"),
            ("text/plain", "text/plain"),
            ("text/*", "text/markdown"),  // first offer among equals
            ("text/*;q=0.5, application/json;q=0.4", "text/markdown"),
            ("text/plain, */*;q=0.1", "text/plain"),
            ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"),  // a browser
            ("application/json, text/markdown;q=0", "application/json"),
            ("text/*, text/markdown;q=0", "text/plain"),  // the more specific range wins
            ("application/problem+json", nil),
            ("image/png", nil),
        ] as [(String?, String?)])
    func choosesTheMostWeightedOffer(header: String?, expected: String?) {
        #expect(Self.preferred(header) == expected)
    }

    @Test func qualityUsesTheMostSpecificRange() {
        let accepted = AcceptedMediaTypes(["Accept": "*/*;q=0.1, text/*;q=0.5, text/plain;q=0.9"])
        #expect(accepted.quality(of: "text/plain") == 900)
        #expect(accepted.quality(of: "text/markdown") == 500)
        #expect(accepted.quality(of: "application/json") == 100)
    }
}
