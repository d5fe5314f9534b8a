extension SearchIndex {
    /// Builds the index over loaded content: every passage, claim and glossary term.
    ///
    /// - Passages: each block of each section (`{section-id}#p{n}`), fields `section` (the section's
    ///   title) and `body` (the block's plain text); they cite the sources of the claims quoted in them.
    /// - Claims: field `section` (their section's title) and `body` (the quote); they cite their sources.
    /// - Glossary terms: fields `term`, `aliases` and `body` (the definition); they cite the sources
    ///   named in their basis (study keys are not sources and are left out).
    /// Each glossary term with its aliases is a synonym group; queries are assessed by the crisis
    /// detector's rules (`support.json`'s `danger_phrases` are a regression list for them, not read
    /// here). Weights are `SearchField.standardWeight(for:)`.
    public convenience init(content: ContentIndex, parameters: BM25Parameters = BM25Parameters()) {
        self.init(
            documents: Self.documents(for: content), synonyms: content.glossary.map { [$0.term] + $0.aliases },
            parameters: parameters)
    }

    /// The search documents for loaded content, in content order: passages, then claims, then terms.
    public static func documents(for content: ContentIndex) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        for (section, rendering) in zip(content.sections, content.renderings) {
            let claims = rendering.claimIDs.compactMap { content.claim(id: $0) }
            for block in rendering.blocks {
                let text = Array(block.plainText.utf8)
                let markdown = Array(block.markdown.utf8)
                let stated = claims.filter { claim in
                    let quote = Array(claim.quote.utf8)
                    return ByteSearch.contains(quote, in: text) || ByteSearch.contains(quote, in: markdown)
                }
                documents.append(
                    SearchDocument(
                        id: block.passageID(inSection: section.id), type: .passage, title: section.title,
                        url: SearchDocument.sectionURL(section.id), sectionID: section.id, sectionTitle: section.title,
                        fields: [field(SearchField.Name.section, section.title), field(SearchField.Name.body, block.plainText)],
                        sourceIDs: unique(stated.flatMap(\.sourceIDs))))
            }
        }
        for claim in content.claims {
            let sectionTitle = content.section(id: claim.sectionID)?.title
            documents.append(
                SearchDocument(
                    id: claim.id, type: .claim, title: sectionTitle ?? claim.id, url: "/v1/claims/\(claim.id)",
                    sectionID: claim.sectionID, sectionTitle: sectionTitle,
                    fields: [
                        field(SearchField.Name.section, sectionTitle ?? ""),
                        field(SearchField.Name.body, Self.plain(claim.quote)),
                    ],
                    sourceIDs: claim.sourceIDs))
        }
        for term in content.glossary {
            documents.append(
                SearchDocument(
                    id: term.slug, type: .glossary, title: term.term, url: "/v1/glossary/\(term.slug)",
                    fields: [
                        field(SearchField.Name.term, term.term),
                        // " | " keeps aliases apart; a phrase may still run across two, which is harmless.
                        field(SearchField.Name.aliases, term.aliases.joined(separator: " | ")),
                        field(SearchField.Name.body, term.definition),
                    ],
                    sourceIDs: term.basis.filter { content.source(id: $0) != nil }))
        }
        return documents
    }

    /// A field with its standard weight.
    private static func field(_ name: String, _ text: String) -> SearchField {
        SearchField(name: name, weight: SearchField.standardWeight(for: name), text: text)
    }

    /// A claim quote without Markdown emphasis markers (quotes may keep the section's `**`).
    private static func plain(_ quote: String) -> String {
        quote.split(separator: "**", omittingEmptySubsequences: false).joined()
    }

    /// The ids in first-seen order, each once.
    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
