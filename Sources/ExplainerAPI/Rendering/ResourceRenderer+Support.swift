import ExplainerContent

extension ResourceRenderer {
    /// What `/v1/support` takes.
    package static let supportParameters = RouteParameters(names: ["country", "pretty"])

    /// The support lines for a region, else the international directory, always with the emergency advice.
    ///
    /// `region` is an upper-case ISO 3166-1 alpha-2 code or nil. When the content has no line for the
    /// region, the answer falls back to the lines marked `*` (the international directory) and lists
    /// every emergency number, so a reader anywhere has somewhere to turn.
    package func support(region: String?) -> JSONDocument {
        let selection = supportSelection(region: region)
        return .object([
            ("region", .optional(region)),
            ("fallback", .bool(selection.fallback)),
            ("lines", .array(selection.lines.map(supportLine))),
            ("emergency", emergency(selection.emergency)),
            ("links", .object([("self", .string(region.map { Self.supportPath + "?country=\($0)" } ?? Self.supportPath))])),
        ])
    }

    /// The lines and emergency numbers for a region: its own lines, else those marked `*`; its own
    /// emergency number, else all of them. `/v1/support` and search's support block share this choice.
    package func supportSelection(region: String?) -> (lines: [SupportLine], emergency: [EmergencyLine], fallback: Bool) {
        let regional = region.map { code in index.supportLines.filter { $0.regions.contains(code) } } ?? []
        let fallback = regional.isEmpty
        let lines = fallback ? index.supportLines.filter { $0.regions.contains("*") } : regional
        let regionalEmergency = region.map { code in index.emergencyLines.filter { $0.regions.contains(code) } } ?? []
        return (lines, regionalEmergency.isEmpty ? index.emergencyLines : regionalEmergency, fallback)
    }

    func supportLine(_ line: SupportLine) -> JSONDocument {
        .object([
            ("id", .string(line.id)), ("service", .string(line.service)), ("regions", .strings(line.regions)),
            ("contact", .string(line.contact)), ("hours", .optional(line.hours)), ("url", .optional(line.url)),
            ("verified_at", .string(line.verifiedAt)),
        ])
    }

    func emergency(_ numbers: [EmergencyLine]) -> JSONDocument {
        .object([
            ("advice", .string(index.emergencyAdvice)),
            (
                "numbers",
                .array(
                    numbers.map { line in
                        .object([("id", .string(line.id)), ("regions", .strings(line.regions)), ("number", .string(line.number))])
                    })
            ),
        ])
    }
}
