extension SearchIndex {
    /// The share of the query's clauses (words, with their synonyms and completions, and quoted
    /// phrases) that each document in `slots` matches, 0…1, in the order given; 0 for a query with
    /// no clause. Words that occur nowhere in the content count as clauses no document matches. The
    /// query is planned once for all of them.
    ///
    /// Hybrid fusion scales its trust in BM25F by this: a literal query is explained by the document
    /// that answers it word for word, a paraphrase shares one common word with it, and its other
    /// words ("ppl", "ouchies", "wound") are not the explainer's at all.
    func clauseCoverage(of query: String, documents slots: [Int]) -> [Double] {
        let plan = QueryPlan(query: query, index: self)
        let total = plan.clauses.count + plan.phrases.count + plan.unknownWords
        guard plan.clauses.count + plan.phrases.count > 0, !plan.isUnsatisfiable else { return slots.map { _ in 0 } }
        let phraseDocuments = plan.phrases.map { phrase in Set(phraseMatches(phrase).map(\.0)) }
        return slots.map { slot in
            let document = Int32(slot)
            var matched = 0
            for clause in plan.clauses where clause.alternatives.contains(where: { postings[Int($0.term)].slot(of: document) != nil }) {
                matched += 1
            }
            for documents in phraseDocuments where documents.contains(document) { matched += 1 }
            return Double(matched) / Double(total)
        }
    }
}
