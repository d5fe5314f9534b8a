import ExplainerContent

extension StructuredData {
    /// The cited articles (each once, in the order given) and then the studies behind `claims` (each
    /// once): an `Article` per source, a `ScholarlyArticle` per study with its DOI where `Content/` has it.
    func citations(sourceIDs: [String], claims: [ResearchClaim]) -> [JSONDocument] {
        var seen: Set<String> = []
        var documents: [JSONDocument] = []
        for id in sourceIDs where seen.insert("source:" + id).inserted {
            if let source = index.source(id: id) { documents.append(article(source)) }
        }
        for key in claims.flatMap(\.evidence) where seen.insert("study:" + key).inserted {
            if let study = index.study(key: key) { documents.append(scholarlyArticle(study)) }
        }
        return documents
    }

    /// A cited source: title, outlet as publisher, and author, date and address only where verified.
    func article(_ source: CitedSource) -> JSONDocument {
        var members: [(String, JSONDocument)] = [
            ("@type", .string("Article")), ("@id", .string(url(Resource.source(id: source.id).path))), ("name", .string(source.title)),
            ("headline", .string(source.title)),
            ("publisher", .object([("@type", .string("Organization")), ("name", .string(source.outlet))])),
        ]
        if let author = source.author { members.append(("author", .object([("@type", .string("Person")), ("name", .string(author))]))) }
        if let date = source.date { members.append(("datePublished", .string(date))) }
        if let address = source.url { members.append(("url", .string(address))) }
        return .object(members)
    }

    /// A study: its checked title, authors, year and journal; the DOI as identifier and `sameAs` link
    /// only where it was verified.
    func scholarlyArticle(_ study: Study) -> JSONDocument {
        var members: [(String, JSONDocument)] = [
            ("@type", .string("ScholarlyArticle")), ("name", .string(study.title)), ("headline", .string(study.title)),
            ("author", .array(study.authors.map { .object([("@type", .string("Person")), ("name", .string($0))]) })),
            ("datePublished", .string(String(study.year))),
        ]
        if let journal = study.journal {
            members.append(("isPartOf", .object([("@type", .string("Periodical")), ("name", .string(journal))])))
        }
        if let doi = study.doi {
            members += [
                (
                    "identifier",
                    .object([("@type", .string("PropertyValue")), ("propertyID", .string("DOI")), ("value", .string(doi))])
                ),
                ("sameAs", .string("https://doi.org/" + doi)),
            ]
        }
        return .object(members)
    }
}
