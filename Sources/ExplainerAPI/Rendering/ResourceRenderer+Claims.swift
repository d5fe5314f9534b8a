import ExplainerContent

extension ResourceRenderer {
    /// What `/v1/claims/{id}` takes.
    package static let claimParameters = RouteParameters(
        names: RouteParameters.common,
        fields: ["id", "quote", "section", "sources", "evidence", "notes", "links"],
        includes: ["section", "sources"])

    /// The list: filters by section and source, and paging.
    package static let claimListParameters = RouteParameters(
        names: claimParameters.names + RouteParameters.paging + ["section", "source"],
        fields: claimParameters.fields, includes: claimParameters.includes)

    /// One claim: the quote word for word, its section, the sources that discuss it (embedded so a
    /// chatbot can cite without another request), the verified studies and the accuracy notes.
    package func claim(_ claim: ResearchClaim) -> JSONDocument {
        let section = index.section(id: claim.sectionID)
        return .object([
            ("id", .string(claim.id)),
            ("quote", .string(claim.quote)),
            (
                "section",
                .object([
                    ("id", .string(claim.sectionID)), ("title", .optional(section?.title)),
                    ("links", .object([("self", .string(Resource.section(id: claim.sectionID).path))])),
                ])
            ),
            ("sources", .array(claim.sourceIDs.map(sourceSummary))),
            ("evidence", .array(claim.evidence.map(study))),
            ("notes", .strings(claim.notes)),
            ("links", Self.links(Resource.claim(id: claim.id).path, [("section", .string(Resource.section(id: claim.sectionID).path))])),
        ])
    }
}
