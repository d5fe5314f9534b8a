import ExplainerContent

extension ResourceRenderer {
    /// What `/v1/support` takes.
    package static let supportParameters = RouteParameters(names: ["country", "pretty"])

    /// The support lines for a region, else the international directory, always with the emergency advice.
    ///
    /// `region` is an upper-case ISO 3166-1 alpha-2 code or nil. When the content has no line for the
    /// region, the answer falls back to the lines marked `*` (the international directory) and lists
    /// every emergency number, so a reader anywhere has somewhere to turn.
    package func support(region: String?) -> JSONValue {
        let regional = region.map { code in index.supportLines.filter { $0.regions.contains(code) } } ?? []
        let fallback = regional.isEmpty
        let lines = fallback ? index.supportLines.filter { $0.regions.contains("*") } : regional
        let regionalEmergency = region.map { code in index.emergencyLines.filter { $0.regions.contains(code) } } ?? []
        let emergency = regionalEmergency.isEmpty ? index.emergencyLines : regionalEmergency
        return .object([
            ("region", .optional(region)),
            ("fallback", .bool(fallback)),
            (
                "lines",
                .array(
                    lines.map { line in
                        .object([
                            ("id", .string(line.id)), ("service", .string(line.service)), ("regions", .strings(line.regions)),
                            ("contact", .string(line.contact)), ("hours", .optional(line.hours)), ("url", .optional(line.url)),
                            ("verified_at", .string(line.verifiedAt)),
                        ])
                    })
            ),
            (
                "emergency",
                .object([
                    ("advice", .string(index.emergencyAdvice)),
                    (
                        "numbers",
                        .array(
                            emergency.map { line in
                                .object([("id", .string(line.id)), ("regions", .strings(line.regions)), ("number", .string(line.number))])
                            })
                    ),
                ])
            ),
            ("links", .object([("self", .string(region.map { "/v1/support?country=\($0)" } ?? Self.supportPath))])),
        ])
    }
}
