import Foundation

/// Builds the search index's tables from documents in two passes.
///
/// Pass one analyses every field once, interning terms and recording positions and lengths; pass two,
/// when average field lengths and document frequencies are known, computes each posting's BM25F score.
/// Keeping only term ids between the passes keeps the build's memory near the index's own size.
struct SearchIndexBuilder {
    /// One analysed field of one document.
    private struct AnalysedField {
        var field: Int
        var weight: Double
        /// Word count, stop words and concept tokens excluded: BM25's document length.
        var length: Int
        var terms: [Int32]
        var positions: [Int32]
    }

    private let analyzer: EnglishAnalyzer
    private let parameters: BM25Parameters
    private(set) var stemCache: [String: String] = [:]
    private(set) var termIDs: [String: Int32] = [:]
    /// Term id and stem by folded word: one hash look-up per word once a word has been seen.
    private var wordTerms: [String: (id: Int32, term: String)] = [:]
    private var fieldIndices: [String: Int] = [:]
    private var fieldLengthTotals: [Double] = []
    private var fieldDocumentCounts: [Int] = []
    private var analysed: [[AnalysedField]] = []
    private(set) var snippets: [[SnippetToken]] = []
    let synonyms: SynonymMatcher

    /// Prepares a build; synonym phrases are analysed first so their stems share the cache.
    init(analyzer: EnglishAnalyzer, parameters: BM25Parameters, synonymGroups: [[String]]) {
        self.analyzer = analyzer
        self.parameters = parameters
        var cache: [String: String] = [:]
        synonyms = SynonymMatcher(groups: synonymGroups, analyzer: analyzer, cache: &cache)
        stemCache = cache
    }

    /// Pass one for a document: analyse each field, add concept tokens, keep the snippet's tokens.
    mutating func add(_ document: SearchDocument) {
        var fields: [AnalysedField] = []
        var snippet: [SnippetToken] = []
        for field in document.fields {
            let (tokens, ids) = analyse(field.text)
            // Lengths are normalised per type and field: claims and definitions are a sentence or two,
            // passages a paragraph, and measuring all against one average would favour the short kinds.
            let fieldIndex = index(ofField: "\(document.type.rawValue)/\(field.name)")
            var entry = AnalysedField(
                field: fieldIndex, weight: field.weight, length: tokens.count, terms: [], positions: [])
            let isSnippet = field.name == document.snippetField
            for (token, term) in zip(tokens, ids) {
                entry.terms.append(term)
                entry.positions.append(Int32(token.position))
                if isSnippet {
                    snippet.append(
                        SnippetToken(
                            term: term, start: Int32(token.start), end: Int32(token.end), utf8Start: Int32(token.utf8Start),
                            utf8End: Int32(token.utf8End)))
                }
            }
            for match in synonyms.matches(in: tokens) {
                let term = intern(SynonymMatcher.conceptTerm(match.concept))
                entry.terms.append(term)
                entry.positions.append(Int32(tokens[match.first].position))
                if isSnippet {
                    let first = tokens[match.first]
                    let last = tokens[match.last]
                    snippet.append(
                        SnippetToken(
                            term: term, start: Int32(first.start), end: Int32(last.end), utf8Start: Int32(first.utf8Start),
                            utf8End: Int32(last.utf8End)))
                }
            }
            fieldLengthTotals[fieldIndex] += Double(entry.length)
            fieldDocumentCounts[fieldIndex] += 1
            fields.append(entry)
        }
        analysed.append(fields)
        snippets.append(snippet.sorted { ($0.start, $0.end) < ($1.start, $1.end) })
    }

    /// Pass two: score every posting. Returns the postings by term id and the sorted vocabulary.
    mutating func finish() -> (postings: [TermPostings], vocabulary: [VocabularyEntry]) {
        let averages = zip(fieldLengthTotals, fieldDocumentCounts).map { total, count in
            count == 0 ? 1 : max(total / Double(count), 1)
        }
        let k1 = parameters.k1
        let b = parameters.b
        var postings = [TermPostings](repeating: TermPostings(), count: termIDs.count)
        var weighted = [[Double]](repeating: [], count: termIDs.count)
        // One flat, sorted list of occurrences per document replaces a dictionary of small arrays.
        var occurrences: [(term: Int32, position: UInt32, increment: Double)] = []
        for (document, fields) in analysed.enumerated() {
            occurrences.removeAll(keepingCapacity: true)
            for field in fields {
                let norm = 1 - b + b * Double(field.length) / averages[field.field]
                let increment = field.weight / max(norm, 1e-9)
                for (term, position) in zip(field.terms, field.positions) {
                    occurrences.append((term, TermPostings.encode(field: field.field, position: Int(position)), increment))
                }
            }
            occurrences.sort { $0.term != $1.term ? $0.term < $1.term : $0.position < $1.position }
            var index = 0
            while index < occurrences.count {
                let term = occurrences[index].term
                let slot = Int(term)
                var frequency = 0.0
                postings[slot].documents.append(Int32(document))
                while index < occurrences.count, occurrences[index].term == term {
                    frequency += occurrences[index].increment
                    postings[slot].positions.append(occurrences[index].position)
                    index += 1
                }
                weighted[slot].append(frequency)
                postings[slot].positionStarts.append(Int32(postings[slot].positions.count))
            }
        }
        let documentCount = Double(analysed.count)
        for slot in postings.indices {
            let frequency = Double(postings[slot].documents.count)
            let idf = log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5))
            postings[slot].scores = weighted[slot].map { tf in Float(idf * tf * (k1 + 1) / (k1 + tf)) }
        }
        analysed = []
        let vocabulary = wordTerms.map { VocabularyEntry(word: $0.key, term: $0.value.id) }.sorted { $0.word < $1.word }
        return (postings, vocabulary)
    }

    /// The analyser's tokens for a text, with their term ids.
    private mutating func analyse(_ text: String) -> (tokens: [AnalyzedToken], terms: [Int32]) {
        var tokens: [AnalyzedToken] = []
        var terms: [Int32] = []
        for word in analyzer.words(in: text) where !word.isStopWord {
            let known: (id: Int32, term: String)
            if let cached = wordTerms[word.folded] {
                known = cached
            } else {
                let stem = analyzer.stem(word.folded, cache: &stemCache)
                known = (intern(stem), stem)
                wordTerms[word.folded] = known
            }
            tokens.append(
                AnalyzedToken(
                    term: known.term, word: word.folded, position: word.position, start: word.start, end: word.end,
                    utf8Start: word.utf8Start, utf8End: word.utf8End))
            terms.append(known.id)
        }
        return (tokens, terms)
    }

    /// The id of a term, assigning the next one on first sight.
    private mutating func intern(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(termIDs.count)
        termIDs[term] = id
        return id
    }

    /// The index of a field name, registering it on first sight.
    private mutating func index(ofField name: String) -> Int {
        if let index = fieldIndices[name] { return index }
        fieldIndices[name] = fieldIndices.count
        fieldLengthTotals.append(0)
        fieldDocumentCounts.append(0)
        return fieldIndices.count - 1
    }
}
