import Foundation

extension SearchIndex {
    /// Runs a validated search: ranked hits with snippets, and the support signal for the query.
    ///
    /// Query syntax (see `QueryPlan`): plain words are ranked by BM25F and any of them may match;
    /// `"quoted phrases"` must occur word for word; glossary terms and aliases match each other; the
    /// last word also completes as a prefix unless the query ends in a space. Hits are the best
    /// `request.limit` documents of the requested types, score descending, ties in content order.
    /// Takes microseconds on the real content; no allocation grows with anything but the content.
    public func search(_ request: SearchRequest) -> SearchResponse {
        let ranking = rank(request)
        let hits = ranking.entries.map { hit(document: Int($0.document), score: $0.score, marked: ranking.markedTerms) }
        return SearchResponse(request: request, hits: hits, totalMatches: ranking.totalMatches, support: ranking.support)
    }

    /// `search(_:)` without rendering any hit: the ranked documents and what rendering needs.
    func rank(_ request: SearchRequest) -> LexicalRanking {
        let support = crisisDetector.assess(request.query)
        let plan = QueryPlan(query: request.query, index: self)
        guard !plan.isUnsatisfiable, !(plan.clauses.isEmpty && plan.phrases.isEmpty) else {
            return LexicalRanking(entries: [], totalMatches: 0, markedTerms: [], support: support)
        }
        var scores = [Float](repeating: 0, count: documents.count)
        var phraseHits = [UInt8](repeating: 0, count: documents.count)
        var clausesMatched = [UInt16](repeating: 0, count: documents.count)
        var touched: [Int32] = []
        // Only clauses with alternatives (completions) need the per-document maximum.
        var best: [Float] = []
        var bestTouched: [Int32] = []

        func add(_ score: Float, to document: Int32) {
            let slot = Int(document)
            if clausesMatched[slot] == 0 && phraseHits[slot] == 0 { touched.append(document) }
            scores[slot] += score
            clausesMatched[slot] &+= 1
        }

        for clause in plan.clauses {
            if clause.alternatives.count == 1, let only = clause.alternatives.first {
                let list = postings[Int(only.term)]
                for (document, score) in zip(list.documents, list.scores) { add(score * only.weight, to: document) }
                continue
            }
            if best.isEmpty { best = [Float](repeating: 0, count: documents.count) }
            for alternative in clause.alternatives {
                let list = postings[Int(alternative.term)]
                for (document, score) in zip(list.documents, list.scores) {
                    let slot = Int(document)
                    if best[slot] == 0 { bestTouched.append(document) }
                    best[slot] = max(best[slot], score * alternative.weight)
                }
            }
            for document in bestTouched {
                add(best[Int(document)], to: document)
                best[Int(document)] = 0
            }
            bestTouched.removeAll(keepingCapacity: true)
        }
        for phrase in plan.phrases {
            for (document, score) in phraseMatches(phrase) {
                add(score, to: document)
                phraseHits[Int(document)] &+= 1
            }
        }

        let requiredPhrases = UInt8(clamping: plan.phrases.count)
        let clauseCount = plan.clauses.count + plan.phrases.count
        var allowed = [false, false, false]
        for type in request.types { allowed[Int(type.ordinal)] = true }
        var top = TopHits(capacity: request.limit)
        var total = 0
        for document in touched {
            let slot = Int(document)
            guard phraseHits[slot] == requiredPhrases, allowed[Int(documentTypes[slot])] else { continue }
            total += 1
            top.offer(document: document, score: scores[slot] * coordination(clausesMatched[slot], of: clauseCount))
        }
        return LexicalRanking(entries: top.ranked, totalMatches: total, markedTerms: plan.markedTerms, support: support)
    }

    /// The coordination factor: the share of the query's clauses a document matches, raised to
    /// `coordinationExponent`, so a passage answering every part of a question beats one that
    /// repeats a single word of it (BM25 alone lets one frequent word dominate).
    func coordination(_ matched: UInt16, of total: Int) -> Float {
        guard total > 1, parameters.coordinationExponent > 0 else { return 1 }
        let share = Double(min(Int(matched), total)) / Double(total)
        return Float(parameters.coordinationExponent == 1 ? share : pow(share, parameters.coordinationExponent))
    }

    /// Documents containing the phrase, with the sum of its terms' scores in each.
    func phraseMatches(_ phrase: QueryPlan.Phrase) -> [(Int32, Float)] {
        guard
            let rarest = phrase.terms.indices.min(by: {
                postings[Int(phrase.terms[$0])].documents.count < postings[Int(phrase.terms[$1])].documents.count
            })
        else { return [] }
        let anchor = postings[Int(phrase.terms[rarest])]
        var result: [(Int32, Float)] = []
        for (anchorSlot, document) in anchor.documents.enumerated() {
            var slots: [Int] = []
            for term in phrase.terms {
                guard let slot = postings[Int(term)].slot(of: document) else { break }
                slots.append(slot)
            }
            guard slots.count == phrase.terms.count else { continue }
            let anchorPositions = anchor.positions[Int(anchor.positionStarts[anchorSlot])..<Int(anchor.positionStarts[anchorSlot + 1])]
            let matched = anchorPositions.contains { anchored in
                let start = Int64(anchored) - Int64(phrase.offsets[rarest])
                return phrase.terms.indices.allSatisfy { step in
                    let encoded = start + Int64(phrase.offsets[step])
                    return encoded >= 0 && postings[Int(phrase.terms[step])].contains(UInt32(encoded), slot: slots[step])
                }
            }
            guard matched else { continue }
            // A word repeated in the phrase scores once, as it would outside quotes.
            var score: Float = 0
            var counted = Set<Int32>()
            for (step, term) in phrase.terms.enumerated() where counted.insert(term).inserted {
                score += postings[Int(term)].scores[slots[step]]
            }
            result.append((document, score))
        }
        return result
    }

    /// The terms of indexed words that begin with `prefix`, most frequent first, at most
    /// `maximumPrefixExpansions`; none for prefixes shorter than `minimumPrefixLength`.
    func completions(of prefix: String) -> [Int32] {
        guard prefix.count >= parameters.minimumPrefixLength else { return [] }
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle].word < prefix { low = middle + 1 } else { high = middle }
        }
        var terms = Set<Int32>()
        // Scanning is bounded so a two-letter prefix over huge content stays cheap.
        var scanned = 0
        while low < vocabulary.count, scanned < 4096, vocabulary[low].word.hasPrefix(prefix) {
            terms.insert(vocabulary[low].term)
            low += 1
            scanned += 1
        }
        return terms.sorted {
            let left = postings[Int($0)].documents.count
            let right = postings[Int($1)].documents.count
            return left != right ? left > right : $0 < $1
        }.prefix(parameters.maximumPrefixExpansions).map { $0 }
    }

    /// Builds the hit for a document: metadata plus its marked snippet.
    func hit(document: Int, score: Float, marked: Set<Int32>) -> SearchHit {
        let source = documents[document]
        let ranges = snippetTokens[document].filter { marked.contains($0.term) }.map {
            Snippet.Range(start: Int($0.start), end: Int($0.end), utf8Start: Int($0.utf8Start), utf8End: Int($0.utf8End))
        }
        let snippet = Snippet(text: source.snippetText, ranges: ranges)
        return SearchHit(
            type: source.type, id: source.id, score: Double(score), title: source.title, url: source.url,
            sectionID: source.sectionID, sectionTitle: source.sectionTitle,
            sectionURL: source.sectionID.map(SearchDocument.sectionURL), snippet: snippet.text, snippetHTML: snippet.html,
            matches: snippet.matches, sourceIDs: source.sourceIDs)
    }
}
