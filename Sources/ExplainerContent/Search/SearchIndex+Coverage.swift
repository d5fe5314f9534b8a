extension SearchIndex {
    /// The share of the query's clauses (words, with their synonyms and completions, and quoted
    /// phrases) that the document in `slot` matches, 0…1; 0 for a query with no clause.
    ///
    /// Hybrid fusion scales its trust in BM25F by this for the best lexical hit: a literal query is
    /// explained by its best match word for word, a paraphrase shares one common word with it.
    func clauseCoverage(of query: String, document slot: Int) -> Double {
        let plan = QueryPlan(query: query, index: self)
        let total = plan.clauses.count + plan.phrases.count
        guard total > 0, !plan.isUnsatisfiable else { return 0 }
        let document = Int32(slot)
        var matched = 0
        for clause in plan.clauses where clause.alternatives.contains(where: { postings[Int($0.term)].slot(of: document) != nil }) {
            matched += 1
        }
        for phrase in plan.phrases where phraseMatches(phrase).contains(where: { $0.0 == document }) { matched += 1 }
        return Double(matched) / Double(total)
    }
}
