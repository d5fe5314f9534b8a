import ExplainerContent

extension ResourceRenderer {
    /// What `/v1/sections` and `/v1/sections/{id}` take.
    package static let sectionParameters = RouteParameters(
        names: RouteParameters.common + ["format", "annotate"],
        fields: [
            "id", "position", "title", "content_notes", "word_count", "reading_time_minutes", "date_modified", "last_reviewed",
            "next_review", "body", "claims", "glossary_terms", "links",
        ],
        includes: ["claims", "glossary"], formats: BodyFormat.allCases.map(\.rawValue) + [StructuredData.formatName])

    /// The list form of the same route: paging and `modified_since` on top.
    package static let sectionListParameters = RouteParameters(
        names: sectionParameters.names + RouteParameters.paging + ["modified_since"], fields: sectionParameters.fields,
        includes: sectionParameters.includes)

    /// One section: title, position, neighbours, notes, length, body in the asked formats, claims, terms.
    package func section(_ section: Section, formats: [BodyFormat], annotateGlossary: Bool) -> JSONDocument {
        let rendering = index.rendering(sectionID: section.id)
        var body: [(String, JSONDocument)] = []
        for format in formats {
            switch format {
            case .html: body.append(("html", .optional(annotateGlossary ? rendering?.annotatedHTML : rendering?.html)))
            case .markdown: body.append(("markdown", .string(section.markdown)))
            case .text: body.append(("text", .optional(rendering?.plainText)))
            }
        }
        let position = index.sections.firstIndex { $0.id == section.id } ?? 0
        let previous = position > 0 ? JSONDocument.string(Resource.section(id: index.sections[position - 1].id).path) : .null
        let next =
            position + 1 < index.sections.count ? JSONDocument.string(Resource.section(id: index.sections[position + 1].id).path) : .null
        return .object([
            ("id", .string(section.id)),
            ("position", .int(section.position)),
            ("title", .string(section.title)),
            ("content_notes", notes(section.contentNotes)),
            ("word_count", .int(rendering?.wordCount ?? 0)),
            ("reading_time_minutes", .int(rendering?.readingMinutes ?? 0)),
            ("date_modified", .optional(section.dateModified?.description)),
            ("last_reviewed", .optional(section.lastReviewed?.description)),
            ("next_review", .optional(section.nextReview?.description)),
            ("body", .object(body)),
            ("claims", .strings(rendering?.claimIDs ?? [])),
            ("glossary_terms", .strings(termSlugs(in: rendering))),
            ("links", Self.links(Resource.section(id: section.id).path, [("prev", previous), ("next", next)])),
        ])
    }

    /// The glossary terms a section uses, in order of first use (title first), each once.
    func termSlugs(in rendering: SectionRendering?) -> [String] {
        guard let rendering else { return [] }
        var slugs: [String] = []
        for occurrence in rendering.titleGlossaryOccurrences + rendering.glossaryOccurrences where !slugs.contains(occurrence.slug) {
            slugs.append(occurrence.slug)
        }
        return slugs
    }

    /// The related resources a section's `?include=` embeds, by include name.
    package func sectionIncludes(_ section: Section, _ names: [String]) -> [(String, [String])] {
        let rendering = index.rendering(sectionID: section.id)
        return names.map { name in
            name == "claims" ? ("claims", rendering?.claimIDs ?? []) : ("glossary", termSlugs(in: rendering))
        }
    }
}
