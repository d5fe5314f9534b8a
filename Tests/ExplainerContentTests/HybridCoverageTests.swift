import Foundation
import Testing

@testable import ExplainerContent

/// Clause coverage, the share of a query a document matches word for word, which scales the coverage
/// boost: words the content never uses count against it, so a paraphrase is not taken for a literal query.
@Suite("Hybrid clause coverage")
struct HybridCoverageTests {
    /// Two claims: one spells out "starfish regrow arms", one shares "starfish" alone.
    static let index = SearchIndex(documents: [
        HybridPoolingTests.claim("regrowth", "Starfish regrow lost arms over months."),
        HybridPoolingTests.claim("tidepools", "Tide pools hold starfish and crabs."),
    ])

    @Test("A query in the content's own words: the document that has them all covers it")
    func literalQueryIsCovered() {
        #expect(Self.index.clauseCoverage(of: "starfish regrow arms", documents: [0, 1]) == [1, 1.0 / 3])
    }

    @Test("Words that occur nowhere in the content count as clauses no document matches")
    func unknownWordsCountAgainstCoverage() {
        // "ppl" and "ouchies" are not the content's words; stop words ("do", "the") count for nothing.
        #expect(Self.index.clauseCoverage(of: "do ppl regrow the arms ouchies", documents: [0, 1]) == [0.5, 0])
        // One indexed word among unknown ones: the document that has it no longer covers "the whole query".
        #expect(Self.index.clauseCoverage(of: "r ppl who regrow ouchies", documents: [0]) == [1.0 / 4])
    }

    @Test("A last word being typed that begins an indexed word is not unknown")
    func typedAheadWordIsNotUnknown() {
        // "regr" occurs nowhere but completes "regrow"; "regr " (a space after it) is a finished word.
        #expect(Self.index.clauseCoverage(of: "starfish regr", documents: [0]) == [1])
        #expect(Self.index.clauseCoverage(of: "starfish regr ", documents: [0]) == [0.5])
    }

    @Test("A query with no indexed word at all covers nothing")
    func onlyUnknownWordsCoverNothing() {
        #expect(Self.index.clauseCoverage(of: "ppl ouchies", documents: [0, 1]) == [0, 0])
    }
}
