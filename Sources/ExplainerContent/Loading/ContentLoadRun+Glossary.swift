extension ContentLoadRun {
    /// Decodes `glossary.json`; whether each term occurs is checked later, against the built sections.
    func decodeGlossary() {
        let file = Self.glossaryFile
        guard topLevelReader(file, fields: ["terms"]) != nil else { return }
        var seen: [String: Int] = [:]
        var owners: [String: String] = [:]
        let basisIDs = knownSourceIDs.union(knownStudyKeys)
        for node in topLevelArray(file, "terms") {
            guard var reader = JSONObjectReader(node, file: file, problems: problems, what: "a glossary term") else { continue }
            reader.id = reader.rawString("slug")
            reader.expectFields(["slug", "term", "aliases", "definition", "related", "basis"])
            guard let slug = reader.string("slug") else { continue }
            guard checkID(slug, line: reader.line(of: "slug"), file: file, seen: &seen) else { continue }
            let related = reader.strings("related") ?? []
            checkReferences(related, in: knownTermSlugs, file: file, id: slug, field: "related", kind: "glossary term")
            let basis = reader.strings("basis") ?? []
            checkReferences(basis, in: basisIDs, file: file, id: slug, field: "basis", kind: "source or study")
            guard let term = reader.string("term"), let aliases = reader.strings("aliases"), let definition = reader.string("definition")
            else { continue }
            // One spelling must name one term, or an occurrence could not say which definition it links to.
            for spelling in [(term, reader.line(of: "term"))] + aliases {
                let key = spelling.0.lowercased()
                if let owner = owners[key], owner != slug {
                    problems.add(
                        .invalidValue, file: file, line: spelling.1, id: slug,
                        "\"\(spelling.0)\" is already a term or alias of \"\(owner)\"")
                } else {
                    owners[key] = slug
                }
            }
            terms.append(
                (
                    GlossaryTerm(
                        slug: slug, term: term, aliases: aliases.map(\.value), definition: definition, relatedSlugs: related.map(\.value),
                        basis: basis.map(\.value)),
                    reader.line
                ))
        }
    }

    /// Finds the glossary occurrences in every section and reports each term that, with its aliases,
    /// occurs in no section title or body.
    func findOccurrences(matcher: GlossaryMatcher) {
        var used: Set<String> = []
        for section in sections {
            let found = (
                title: matcher.matches(in: section.title),
                body: matcher.matches(in: parsedBodies[section.id]?.plainText ?? "")
            )
            glossaryMatches[section.id] = found
            for occurrence in found.title + found.body { used.insert(occurrence.slug) }
        }
        for entry in terms where !used.contains(entry.term.slug) {
            problems.add(
                .unusedGlossaryTerm, file: Self.glossaryFile, line: entry.line, id: entry.term.slug,
                "term \"\(entry.term.term)\" and its aliases occur nowhere in the explainer")
        }
    }
}
