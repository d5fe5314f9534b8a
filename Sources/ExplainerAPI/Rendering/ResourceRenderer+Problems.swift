import HTTPCore

extension ResourceRenderer {
    /// `/problems/{slug}` as JSON: the type's URI (what problem documents carry as `type`), title,
    /// status, what it means and what to do.
    package func problemType(_ problem: ProblemDescription) -> JSONDocument {
        .object([
            ("type", .string(ProblemResponse.typeURI(problem.slug, base: problemTypeBase))),
            ("slug", .string(problem.slug)),
            ("title", .string(problem.title)),
            ("status", .int(problem.status)),
            ("meaning", .string(problem.meaning)),
            ("advice", .string(problem.advice)),
            ("links", Self.links(Resource.problem(type: problem.slug).path, [("problems", .string(Resource.problems.path))])),
        ])
    }

    /// `/problems` as JSON: every type, in the catalog's order.
    package func problemTypes(_ problems: [ProblemDescription]) -> JSONDocument {
        .object([
            ("items", .array(problems.map(problemType))),
            ("total", .int(problems.count)),
            ("links", Self.links(Resource.problems.path)),
        ])
    }
}
