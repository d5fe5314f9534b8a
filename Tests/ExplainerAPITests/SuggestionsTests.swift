import Testing

@testable import ExplainerAPI

@Suite struct SuggestionsTests {
    static let ids = ["not-suicide", "socially-acceptable-forms", "emotion-relief", "research-shows", "harm-reduction"]

    @Test func aTypoSuggestsTheIntendedIDFirst() {
        #expect(Suggestions.nearest(to: "reserch-shows", among: Self.ids).first == "research-shows")
        #expect(Suggestions.nearest(to: "HARM-REDUCTON", among: Self.ids).first == "harm-reduction")
        #expect(Suggestions.nearest(to: "emotion", among: Self.ids).first == "emotion-relief")
    }

    @Test func atMostTheLimitAndNoneFromNothing() {
        #expect(Suggestions.nearest(to: "x", among: Self.ids, limit: 2).count == 2)
        #expect(Suggestions.nearest(to: "x", among: []).isEmpty)
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("flaw", "lawn", 2), ("same", "same", 0)])
    func levenshteinDistance(a: String, b: String, expected: Int) {
        #expect(Suggestions.distance(Array(a.utf8), Array(b.utf8)) == expected)
    }
}
