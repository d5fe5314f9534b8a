import Testing

/// Every resource's JSON, and the variants the query parameters make, against recorded files.
@Suite struct GoldenTests {
    static let variants = [
        "/v1/sections/research-shows?annotate=glossary&format=html,markdown,text",
        "/v1/sections/temporary-relief?fields=title,body&include=claims,glossary",
        "/v1/sections?limit=2&fields=title",
        "/v1/claims?section=research-shows&limit=2",
        "/v1/claims?source=aeon-why-self-harm",
        "/v1/claims/signal-scrambling?include=section,sources",
        "/v1/sources/aeon-why-self-harm?include=claims&fields=title,claims",
        "/v1/glossary?q=self-inj",
        "/v1/glossary/nssi?include=related,sections&fields=term",
        "/v1/support?country=GB",
        "/v1/support?country=fr",
        "/v1/explainer?pretty=1",
        "/v1/sections/nope",
        "/v1/claims?limit=500",
        "/v1/search?q=harm%20reduction&limit=2&country=GB",
        "/v1/search?q=I%20want%20to%20die&limit=2&country=GB",
        "/v1/search?q=I%20want%20to%20die&limit=2&country=GB&format=text",
    ]

    @Test(arguments: APIFixture.resourcePaths)
    func resourceMatchesItsGoldenFile(path: String) throws {
        try GoldenFile.check(path, APIFixture.send(path))
    }

    @Test(arguments: variants)
    func variantMatchesItsGoldenFile(target: String) throws {
        try GoldenFile.check(target, APIFixture.send(target))
    }

    @Test func sectionBodiesAloneMatchTheirGoldenFiles() throws {
        try GoldenFile.check(
            "/v1/sections/research-shows.md", APIFixture.send("/v1/sections/research-shows", headers: [("Accept", "text/markdown")]))
        try GoldenFile.check(
            "/v1/sections/research-shows.txt", APIFixture.send("/v1/sections/research-shows", headers: [("Accept", "text/plain")]))
    }
}
