import Testing

@testable import ExplainerContent

/// Glossary matching: whole words, case-insensitive, on term and aliases, longest first, with offsets.
@Suite("Glossary matching")
struct GlossaryMatcherTests {
    let matcher = GlossaryMatcher(terms: [
        GlossaryTerm(
            slug: "nssi", term: "NSSI", aliases: ["non-suicidal self-injury", "self-injury"], definition: "d", relatedSlugs: [], basis: []),
        GlossaryTerm(slug: "self-harm", term: "self-harm", aliases: [], definition: "d", relatedSlugs: [], basis: []),
        GlossaryTerm(slug: "harm-reduction", term: "harm reduction", aliases: [], definition: "d", relatedSlugs: [], basis: []),
    ])

    @Test func longestAliasWinsAndMatchesDoNotOverlap() {
        let found = matcher.occurrences(in: "non-suicidal self-injury, or self-injury, or nssi")
        #expect(found.map(\.slug) == ["nssi", "nssi", "nssi"])
        #expect(found.map(\.text) == ["non-suicidal self-injury", "self-injury", "nssi"])
    }

    @Test func onlyWholeWordsMatch() {
        #expect(matcher.occurrences(in: "she self-harmed; selfharm; self harm").isEmpty)
        #expect(matcher.occurrences(in: "Self-Harm.").map(\.text) == ["Self-Harm"])
    }

    @Test func separatorsInsideATermMustAgree() {
        #expect(matcher.occurrences(in: "harm-reduction").isEmpty)
        #expect(matcher.occurrences(in: "harm  reduction").isEmpty)
        #expect(matcher.occurrences(in: "Harm Reduction").count == 1)
    }

    @Test func offsetsCountUTF8BytesAndCharactersSeparately() throws {
        let text = "“é” self-harm"
        let occurrence = try #require(matcher.occurrences(in: text).first)
        #expect(occurrence.characterOffset == 4)
        #expect(occurrence.characterLength == 9)
        #expect(occurrence.utf8Offset == 9)  // “ and ” are 3 bytes each, é is 2
        #expect(occurrence.utf8Length == 9)
    }

    @Test func wordCountAndReadingTime() {
        #expect(TextMeasure.wordCount("one – two\nthree") == 3)
        #expect(TextMeasure.wordCount("  ") == 0)
        #expect(TextMeasure.readingMinutes(words: 0) == 0)
        #expect(TextMeasure.readingMinutes(words: 1) == 1)
        #expect(TextMeasure.readingMinutes(words: 200) == 1)
        #expect(TextMeasure.readingMinutes(words: 201) == 2)
    }
}
