import ExplainerContent
import Testing

@Suite("Search request validation")
struct SearchRequestTests {
    @Test("Defaults: limit 10, every type")
    func defaults() throws {
        let request = try SearchRequest(q: "harm reduction", limit: nil, types: nil)
        #expect(request.limit == 10)
        #expect(request.types == Set(SearchResultType.allCases))
    }

    @Test("An empty or whitespace query is refused naming q", arguments: [nil, "", " ", "\t\n ", "\u{3000}"])
    func emptyQuery(q: String?) {
        #expect(throws: SearchRequestError.emptyQuery) { try SearchRequest(q: q, limit: nil, types: nil) }
        #expect(SearchRequestError.emptyQuery.parameter == "q")
    }

    @Test("A query of 512 bytes is accepted and one of 513 refused naming q")
    func queryLengthLimit() throws {
        _ = try SearchRequest(q: String(repeating: "a", count: 512), limit: nil, types: nil)
        // Bytes, not characters: 257 × "é" (2 bytes each) is 514 bytes.
        #expect(throws: SearchRequestError.queryTooLong(bytes: 513)) {
            try SearchRequest(q: String(repeating: "a", count: 513), limit: nil, types: nil)
        }
        #expect(throws: SearchRequestError.queryTooLong(bytes: 514)) {
            try SearchRequest(q: String(repeating: "é", count: 257), limit: nil, types: nil)
        }
        #expect(SearchRequestError.queryTooLong(bytes: 513).parameter == "q")
    }

    @Test("Limits 1 and 50 are accepted; 0, 51, negatives and non-numbers are refused naming limit")
    func limitRange() throws {
        #expect(try SearchRequest(q: "x", limit: "1", types: nil).limit == 1)
        #expect(try SearchRequest(q: "x", limit: "50", types: nil).limit == 50)
        #expect(throws: SearchRequestError.limitOutOfRange(0)) { try SearchRequest(q: "x", limit: "0", types: nil) }
        #expect(throws: SearchRequestError.limitOutOfRange(51)) { try SearchRequest(q: "x", limit: "51", types: nil) }
        #expect(throws: SearchRequestError.limitOutOfRange(-3)) { try SearchRequest(q: "x", limit: "-3", types: nil) }
        #expect(throws: SearchRequestError.invalidLimit("ten")) { try SearchRequest(q: "x", limit: "ten", types: nil) }
        #expect(throws: SearchRequestError.invalidLimit("")) { try SearchRequest(q: "x", limit: "", types: nil) }
        #expect(SearchRequestError.invalidLimit("ten").parameter == "limit")
    }

    @Test("Types parse from the filter names; an unknown entry is refused naming types")
    func typesFilter() throws {
        #expect(try SearchRequest(q: "x", limit: nil, types: "sections, glossary,").types == [.passage, .glossary])
        #expect(try SearchRequest(q: "x", limit: nil, types: "claims").types == [.claim])
        #expect(try SearchRequest(q: "x", limit: nil, types: "").types == Set(SearchResultType.allCases))
        #expect(throws: SearchRequestError.unknownType("passages")) {
            try SearchRequest(q: "x", limit: nil, types: "sections,passages")
        }
        #expect(SearchRequestError.unknownType("x").parameter == "types")
    }

    @Test("Error details name the parameter and never echo a long value whole")
    func detailsAreShort() {
        let long = String(repeating: "z", count: 400)
        let detail = SearchRequestError.unknownType(long).detail
        #expect(detail.contains("'types'"))
        #expect(detail.count < 200)
    }
}
