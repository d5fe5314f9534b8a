import ExplainerContent

extension ResourceRenderer {
    /// `/`: what the API is, and a link to every resource, so curl alone is enough to find everything.
    package func root(apiVersion: String) -> JSONValue {
        .object([
            ("name", .string("explainer-server")),
            (
                "description",
                .string(
                    "A read-only JSON API serving the explainer '\(index.explainer.title)': its sections, research claims, "
                        + "sources, glossary and support lines. Every resource below answers GET and HEAD.")
            ),
            ("api_version", .string(apiVersion)),
            ("content_version", .string(index.contentVersion)),
            ("loaded_at", .string(HTTPTimestamp.rfc3339(loadedAt))),
            (
                "links",
                .object([
                    ("self", .string("/")),
                    ("explainer", .string("/v1/explainer")),
                    ("sections", .string("/v1/sections")),
                    ("section", .string("/v1/sections/{id}")),
                    ("claims", .string("/v1/claims")),
                    ("claim", .string("/v1/claims/{id}")),
                    ("sources", .string("/v1/sources")),
                    ("source", .string("/v1/sources/{id}")),
                    ("glossary", .string("/v1/glossary")),
                    ("glossary_term", .string("/v1/glossary/{slug}")),
                    ("search", .string("/v1/search?q={query}")),
                    ("support", .string(Self.supportPath)),
                    ("openapi", .string("/openapi.yaml")),
                    ("health", .string("/healthz")),
                    ("ready", .string("/readyz")),
                ])
            ),
        ])
    }

    /// `/v1/explainer`: the explainer's metadata, its sections in order and its sources.
    package func explainer() -> JSONValue {
        let e = index.explainer
        return .object([
            ("id", .string(e.id)),
            ("title", .string(e.title)),
            ("subtitle", .optional(e.subtitle)),
            ("summary", .string(e.summary)),
            ("language", .string(e.language)),
            ("attribution", .string(e.attribution)),
            ("last_reviewed", .string(e.lastReviewed)),
            ("content_version", .string(index.contentVersion)),
            ("loaded_at", .string(HTTPTimestamp.rfc3339(loadedAt))),
            (
                "sections",
                .array(
                    index.sections.map { section in
                        let rendering = index.rendering(sectionID: section.id)
                        return .object([
                            ("id", .string(section.id)), ("position", .int(section.position)), ("title", .string(section.title)),
                            ("word_count", .int(rendering?.wordCount ?? 0)),
                            ("reading_time_minutes", .int(rendering?.readingMinutes ?? 0)),
                            ("content_notes", .strings(section.contentNotes)),
                            ("links", .object([("self", .string("/v1/sections/\(section.id)"))])),
                        ])
                    })
            ),
            ("sources", .array(e.sourceIDs.map(sourceSummary))),
            ("links", Self.links("/v1/explainer", [("sections", .string("/v1/sections")), ("glossary", .string("/v1/glossary"))])),
        ])
    }
}
