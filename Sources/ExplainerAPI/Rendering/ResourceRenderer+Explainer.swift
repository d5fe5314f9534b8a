import ExplainerContent

extension ResourceRenderer {
    /// `/`: what the API is, and a link to every resource, so curl alone is enough to find everything.
    package func root(apiVersion: String) -> JSONDocument {
        .object([
            ("name", .string("explainer-server")),
            (
                "description",
                .string(
                    "A read-only JSON API serving the explainer '\(index.explainer.title)': its sections, research claims, "
                        + "sources, glossary and support lines, and the same content as pages a person reads (page, section_page). "
                        + "Every resource below answers GET and HEAD.")
            ),
            ("api_version", .string(apiVersion)),
            ("content_version", .string(index.contentVersion)),
            ("date_modified", .optional(index.newestDate?.description)),
            (
                "links",
                .object([
                    ("self", .string("/")),
                    ("explainer", .string(Resource.explainer.path)),
                    ("sections", .string(Resource.sections.path)),
                    ("section", .string(Resource.Kind.section.pattern)),
                    ("claims", .string(Resource.claims.path)),
                    ("claim", .string(Resource.Kind.claim.pattern)),
                    ("sources", .string(Resource.sources.path)),
                    ("source", .string(Resource.Kind.source.pattern)),
                    ("glossary", .string(Resource.glossary.path)),
                    ("glossary_term", .string(Resource.Kind.term.pattern)),
                    ("search", .string(Resource.search.path + "?q={query}")),
                    ("search_text", .string(Resource.searchText.path + "?q={query}")),
                    ("support", .string(Self.supportPath)),
                    ("page", .string(Resource.page.path)),
                    ("section_page", .string(Resource.Kind.sectionPage.pattern)),
                    ("feed_atom", .string(Resource.feedAtom.path)),
                    ("feed_json", .string(Resource.feedJSON.path)),
                    ("embed_script", .string(Resource.embedScript.path)),
                    ("embed", .string(Resource.Kind.embed.pattern)),
                    ("openapi", .string("/openapi.yaml")),
                    ("problems", .string(Resource.problems.path)),
                    ("health", .string("/healthz")),
                    ("ready", .string("/readyz")),
                ])
            ),
        ])
    }

    /// `/v1/explainer`: the explainer's metadata, its sections in order and its sources.
    package func explainer() -> JSONDocument {
        let e = index.explainer
        return .object([
            ("id", .string(e.id)),
            ("title", .string(e.title)),
            ("subtitle", .optional(e.subtitle)),
            ("summary", .string(e.summary)),
            ("language", .string(e.language)),
            ("attribution", .string(e.attribution)),
            ("sources_checked", .string(e.sourcesChecked.description)),
            ("date_modified", .optional(index.newestDate?.description)),
            ("content_version", .string(index.contentVersion)),
            (
                "sections",
                .array(
                    index.sections.map { section in
                        let rendering = index.rendering(sectionID: section.id)
                        return .object([
                            ("id", .string(section.id)), ("position", .int(section.position)), ("title", .string(section.title)),
                            ("word_count", .int(rendering?.wordCount ?? 0)),
                            ("reading_time_minutes", .int(rendering?.readingMinutes ?? 0)),
                            ("date_modified", .optional(section.dateModified?.description)),
                            ("content_notes", .strings(section.contentNotes)),
                            ("links", .object([("self", .string(Resource.section(id: section.id).path))])),
                        ])
                    })
            ),
            ("sources", .array(e.sourceIDs.map(sourceSummary))),
            (
                "links",
                Self.links(
                    Resource.explainer.path, [("sections", .string(Resource.sections.path)), ("glossary", .string(Resource.glossary.path))])
            ),
        ])
    }
}
