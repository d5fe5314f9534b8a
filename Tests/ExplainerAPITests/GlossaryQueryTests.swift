import Testing

/// `/v1/glossary?q=` matches a term or an alias by prefix, ignoring case and accents.
@Suite struct GlossaryQueryTests {
    static func slugs(_ q: String) throws -> [String] {
        let body = try APIFixture.json(APIFixture.send("/v1/glossary?q=" + q))
        return (body["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func anAliasPrefixFindsItsTerm() throws {
        #expect(try Self.slugs("non-suicidal").contains("nssi"))
        #expect(try Self.slugs("NSS") == ["nssi"])
    }

    @Test func caseAndAccentsAreIgnored() throws {
        #expect(try Self.slugs("HARM%20RED") == ["harm-reduction"])
        #expect(try Self.slugs("h%C3%A1rm%20red") == ["harm-reduction"])
    }

    @Test func anEmptyQueryListsEveryTermAndANonMatchListsNone() throws {
        #expect(try Self.slugs("").count == APIFixture.index.glossary.count)
        #expect(try Self.slugs("zzz").isEmpty)
    }
}
