import ExplainerContent

extension ResourceRenderer {
    /// What `/v1/sources/{id}` takes.
    package static let sourceParameters = RouteParameters(
        names: RouteParameters.common,
        fields: ["id", "title", "outlet", "author", "date", "url", "url_note", "content_notes", "notes", "claims", "links"],
        includes: ["claims"])

    /// The list form, with paging.
    package static let sourceListParameters = RouteParameters(
        names: sourceParameters.names + RouteParameters.paging, fields: sourceParameters.fields, includes: sourceParameters.includes)

    /// One cited article: what was checked about it (null where unknown), its content notes, and the
    /// claims that cite it.
    package func source(_ source: CitedSource) -> JSONDocument {
        .object([
            ("id", .string(source.id)),
            ("title", .string(source.title)),
            ("outlet", .string(source.outlet)),
            ("author", .optional(source.author)),
            ("date", .optional(source.date)),
            ("url", .optional(source.url)),
            ("url_note", .optional(source.urlNote)),
            ("content_notes", notes(source.contentNotes)),
            ("notes", .strings(source.notes)),
            ("claims", .strings(index.claimIDs(citingSource: source.id))),
            ("links", Self.links(Resource.source(id: source.id).path)),
        ])
    }
}
