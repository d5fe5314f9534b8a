import HTTPCore
import Testing

@Suite("Route labels for metrics")
struct RouteLabelTests {
    static let labels = RouteLabel(patterns: [
        "/", "/healthz", "/v1/sections", "/v1/sections/{id}", "/v1/sections/first", "/v1/{kind}/{id}",
    ])

    @Test(
        "paths map to the pattern the router would match, literals beating captures",
        arguments: [
            ("/", "/"), ("", "/"), ("/healthz", "/healthz"), ("/v1/sections", "/v1/sections"),
            ("/v1/sections/not-suicide", "/v1/sections/{id}"), ("/v1/sections/first", "/v1/sections/first"),
            ("/v1/claims/x", "/v1/{kind}/{id}"), ("/v1/sections/", "unmatched"), ("/v1/sections/a/b", "unmatched"),
            ("/healthz/", "unmatched"), ("/nowhere", "unmatched"), ("healthz", "unmatched"), ("/v1//x", "unmatched"),
            ("/héalthz", "unmatched"),
        ])
    func label(path: String, expected: String) {
        #expect(Self.labels.label(for: path) == expected)
    }
}
