import ExplainerContent
import Testing

/// Engine behaviour on small hand-made documents, where the right answer is plain from the text.
@Suite("Search index")
struct SearchIndexTests {
    static func passage(_ id: String, _ body: String, title: String = "A section") -> SearchDocument {
        SearchDocument(
            id: id, type: .passage, title: title, url: "/v1/sections/s", sectionID: "s", sectionTitle: title,
            fields: [SearchField(name: "section", weight: 0.5, text: title), SearchField(name: "body", weight: 1, text: body)])
    }

    static func term(_ slug: String, _ term: String, aliases: [String] = [], definition: String) -> SearchDocument {
        SearchDocument(
            id: slug, type: .glossary, title: term, url: "/v1/glossary/\(slug)",
            fields: [
                SearchField(name: "term", weight: 3, text: term),
                SearchField(name: "aliases", weight: 2.5, text: aliases.joined(separator: " | ")),
                SearchField(name: "body", weight: 1, text: definition),
            ])
    }

    static let documents = [
        passage("s#p1", "Self-harm, also known as non-suicidal self-injury or NSSI, happens on purpose."),
        passage("s#p2", "People with higher levels of negative emotions are more likely to engage in NSSI."),
        passage("s#p3", "The physical pain lessens – as does the emotional pain relief."),
        passage("s#p4", "Physical pain relief and emotional pain relief are essentially the same thing."),
        passage("s#p5", "A harm reduction approach does not view completely stopping as the goal."),
        passage("s#p6", "Burnout culture is standard across the workplace & in <schools>."),
        term("nssi", "NSSI", aliases: ["non-suicidal self-injury", "self-injury"], definition: "Hurting oneself on purpose."),
    ]

    static let index = SearchIndex(
        documents: documents, synonyms: [["NSSI", "non-suicidal self-injury", "self-injury"]])

    func ids(_ query: String, limit: Int = 10, types: Set<SearchResultType> = []) throws -> [String] {
        try Self.index.search(SearchRequest(query: query, limit: limit, types: types)).hits.map(\.id)
    }

    @Test("A glossary alias finds documents that use another name for the same thing")
    func aliasesAreSynonyms() throws {
        let hits = try ids("self-injury")
        #expect(hits.contains("s#p2"), "s#p2 says only NSSI")
        #expect(hits.contains("nssi"))
        #expect(try ids("NSSI").contains("s#p1"))
    }

    @Test("A term's own field outranks a mention in a body")
    func termFieldOutranksBody() throws {
        #expect(try ids("nssi").first == "nssi")
    }

    @Test("A quoted phrase matches only where its words are adjacent and in order")
    func quotedPhrases() throws {
        #expect(try Set(ids("\"emotional pain relief\"")) == ["s#p3", "s#p4"])
        #expect(try ids("\"relief pain\"").isEmpty)
        #expect(try ids("“harm reduction”") == ["s#p5"])
        #expect(try ids("\"harm reduction\" unknownword") == ["s#p5"])
        #expect(try ids("\"zebra harm\"").isEmpty)
    }

    @Test("The last word also matches as a prefix, unless the query ends in a space")
    func typeAheadPrefix() throws {
        #expect(try ids("harm reduc").first == "s#p5")
        #expect(try ids("burno") == ["s#p6"])
        #expect(try ids("burno ").isEmpty)
        #expect(try ids("b").isEmpty, "one letter is too short to complete")
    }

    @Test("Shorter documents with the same match rank higher (length normalisation)")
    func lengthNormalisation() throws {
        let index = SearchIndex(documents: [
            Self.passage("long", "relief comes after a long and winding sentence about many other things entirely"),
            Self.passage("short", "relief comes"),
        ])
        #expect(try index.search(SearchRequest(query: "relief")).hits.map(\.id) == ["short", "long"])
    }

    @Test("Equal scores keep content order")
    func tiesKeepContentOrder() throws {
        let index = SearchIndex(documents: [Self.passage("a", "same words"), Self.passage("b", "same words")])
        #expect(try index.search(SearchRequest(query: "same words")).hits.map(\.id) == ["a", "b"])
    }

    @Test("Limit and types filter the hits; totalMatches counts before the limit")
    func limitAndTypes() throws {
        let response = Self.index.search(try SearchRequest(query: "nssi", limit: 1))
        #expect(response.hits.count == 1)
        #expect(response.totalMatches == 3)
        #expect(try ids("nssi", types: [.passage]).allSatisfy { $0.hasPrefix("s#") })
        #expect(try ids("nssi", types: [.glossary]) == ["nssi"])
        #expect(try ids("nssi", types: [.claim]).isEmpty)
    }

    @Test("Snippets mark every matched word, escape HTML, and report offsets into the plain snippet")
    func snippetsMarkAndEscape() throws {
        let hit = try #require(Self.index.search(SearchRequest(query: "burnout schools")).hits.first)
        #expect(hit.snippet == "Burnout culture is standard across the workplace & in <schools>.")
        #expect(
            hit.snippetHTML
                == "<mark>Burnout</mark> culture is standard across the workplace &amp; in &lt;<mark>schools</mark>&gt;.")
        let scalars = Array(hit.snippet.unicodeScalars)
        let marked = hit.matches.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(marked == ["Burnout", "schools"])
    }

    @Test("A synonym match marks the whole phrase in the snippet")
    func synonymSnippetMarksPhrase() throws {
        let hit = try #require(Self.index.search(SearchRequest(query: "self-injury", types: [.passage])).hits.first { $0.id == "s#p1" })
        #expect(hit.snippetHTML.contains("<mark>non-suicidal self-injury</mark>"))
        #expect(hit.snippetHTML.contains("<mark>NSSI</mark>"))
    }

    @Test("Long texts are cut around the matches, on word boundaries, with ellipses")
    func longTextsAreCut() throws {
        let filler = (1...60).map { "word\($0)" }.joined(separator: " ")
        let index = SearchIndex(documents: [Self.passage("p", filler + " the needle is here " + filler)])
        let hit = try #require(index.search(SearchRequest(query: "needle")).hits.first)
        #expect(hit.snippet.hasPrefix("…") && hit.snippet.hasSuffix("…"))
        #expect(hit.snippet.unicodeScalars.count <= 282)
        let scalars = Array(hit.snippet.unicodeScalars)
        let match = try #require(hit.matches.first)
        #expect(String(String.UnicodeScalarView(scalars[match.start..<match.end])) == "needle")
        #expect(!hit.snippet.dropFirst().hasPrefix(" "))
    }

    @Test("Queries of stop words only, or of unknown words, find nothing without failing")
    func nothingToFind() throws {
        #expect(try ids("the of and").isEmpty)
        #expect(try ids("zzzz qqqq ").isEmpty)
        #expect(try ids("!!! ???").isEmpty)
    }

    @Test("Hits carry section, URL and cited sources")
    func hitMetadata() throws {
        let index = SearchIndex(documents: [
            SearchDocument(
                id: "c1", type: .claim, title: "Research shows:", url: "/v1/claims/c1", sectionID: "research",
                sectionTitle: "Research shows:", fields: [SearchField(name: "body", weight: 1, text: "pain offset relief")],
                sourceIDs: ["sciam"])
        ])
        let hit = try #require(index.search(SearchRequest(query: "relief")).hits.first)
        #expect(hit.type == .claim)
        #expect(hit.sectionURL == "/v1/sections/research")
        #expect(hit.url == "/v1/claims/c1")
        #expect(hit.sourceIDs == ["sciam"])
        #expect(hit.score > 0)
    }

    @Test("Arbitrary text, quotes and scripts never fail a search, and hits never exceed the limit")
    func arbitraryQueriesAreSafe() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        let alphabet = Array("ab harm pain self-injury \"“”‘’'\\<>&#%é\u{301}ß文字🙂\u{200B}\u{202E}\t\n-–—.,;:!?*_")
        // A fixed linear congruential sequence, so a failure reproduces.
        var state: UInt64 = 0x5EED
        for _ in 0..<1000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59) + 1
            var query = ""
            for _ in 0..<length * 3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                query.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            guard let request = try? SearchRequest(query: query, limit: 5) else { continue }
            let response = index.search(request)
            #expect(response.hits.count <= 5)
            for hit in response.hits {
                let scalars = hit.snippet.unicodeScalars.count
                #expect(hit.matches.allSatisfy { $0.start < $0.end && $0.end <= scalars }, "\(query)")
            }
        }
    }

    @Test("On the real content, every match offset marks a word of the query, past curly quotes and dashes")
    func realContentOffsets() throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        let cases: [(query: String, marked: Set<String>)] = [
            ("signal scrambling", ["signal", "scrambling"]),
            ("anterior insula", ["anterior", "insula"]),
            ("self-injury", ["self-injury", "NSSI", "non-suicidal self-injury", "Non-suicidal self-injury"]),
            ("pain peaks", ["pain", "peaks", "Pain", "painful"]),
        ]
        for (query, marked) in cases {
            let response = index.search(try SearchRequest(query: query, limit: 10))
            #expect(!response.hits.isEmpty, "\(query)")
            for hit in response.hits {
                let scalars = Array(hit.snippet.unicodeScalars)
                for match in hit.matches {
                    let text = String(String.UnicodeScalarView(scalars[match.start..<match.end]))
                    #expect(marked.contains(text), "\(query): \(hit.id) marks '\(text)'")
                }
                #expect(hit.snippetHTML.split(separator: "<mark>", omittingEmptySubsequences: false).count - 1 == hit.matches.count)
            }
        }
    }

    @Test("Concurrent searches on one shared index return what sequential ones do")
    func concurrentSearchesAgree() async throws {
        let index = try #require(SearchTestContent.index, "Content/ must load")
        let queries = SearchRelevanceTests.cases.map(\.query)
        let expected = try queries.map { try index.search(SearchRequest(query: $0)).hits.map(\.id) }
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for round in 0..<20 {
                        let slot = (worker * 7 + round) % queries.count
                        let ids = try index.search(SearchRequest(query: queries[slot])).hits.map(\.id)
                        if ids != expected[slot] { return false }
                    }
                    return true
                }
            }
            for try await agreed in group { #expect(agreed) }
        }
    }
}
