import ExplainerContent

/// What the MCP server offers, declared once: its identity, the six tools with their schemas and
/// annotations, the resource templates and the `answer-with-care` prompt.
///
/// Tools are listed in a fixed order (2026-07-28 asks for a deterministic `tools/list`), and every one
/// reads content only: `readOnlyHint`, `idempotentHint`, and `openWorldHint: false` (it reaches nothing
/// outside the explainer).
package enum MCPCatalogue {
    /// The server's name in `serverInfo`.
    package static let serverName = "explainer-server"
    /// The prompt's name.
    package static let promptName = "answer-with-care"

    /// What a host may tell its model about the server (`instructions`).
    package static let instructions =
        "Answers come from the explainer \"unpacking self-harm\" (non-suicidal self-injury), word for word, "
        + "with passage ids and citations. Call check_message on what the person wrote before answering, "
        + "and show the support lines whenever its level is concern or urgent. The prompt answer-with-care "
        + "says how to answer."

    /// Every tool, in `tools/list` order.
    package static let tools: [JSONDocument] = [
        tool(
            "search_explainer", title: "Search the explainer",
            description: "Find passages, research claims and glossary terms that answer a question. Each result has a stable id "
                + "and url to cite, its sources, and the answer carries the support block for the query.",
            properties: [
                (
                    "query",
                    .object([
                        ("type", .string("string")), ("minLength", .int(1)), ("description", .string("The question or words to look for.")),
                    ])
                ),
                (
                    "limit",
                    .object([
                        ("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(SearchRequest.maximumLimit)),
                        ("description", .string("How many results, 1 to \(SearchRequest.maximumLimit) (default 10).")),
                    ])
                ),
                (
                    "types",
                    .object([
                        ("type", .string("array")),
                        ("items", .object([("type", .string("string")), ("enum", .strings(SearchResultType.allCases.map(\.filterName)))])),
                        ("description", .string("Which kinds of result (default all).")),
                    ])
                ),
                (
                    "mode",
                    .object([
                        ("type", .string("string")), ("enum", .strings(SearchMode.allCases.map(\.rawValue))),
                        ("description", .string("hybrid (default), lexical or semantic.")),
                    ])
                ),
                ("country", countryProperty),
            ], required: ["query"], output: ["support"]),
        tool(
            "get_section", title: "Read a section",
            description: "One section of the explainer by id, with its title, content notes, body, claims and glossary terms.",
            properties: [
                ("id", .object([("type", .string("string")), ("description", .string("The section id, e.g. harm-reduction."))])),
                (
                    "format",
                    .object([
                        ("type", .string("string")),
                        ("description", .string("Body formats, comma-separated: html, markdown, text (default html).")),
                    ])
                ),
            ], required: ["id"], output: ["id", "title"]),
        tool(
            "get_claim", title: "Read a research claim",
            description:
                "One research claim by id: its quote word for word, its section, the sources that discuss it and the studies behind it.",
            properties: [("id", .object([("type", .string("string")), ("description", .string("The claim id."))]))],
            required: ["id"], output: ["id", "quote"]),
        tool(
            "define_term", title: "Define a glossary term",
            description: "A glossary term's definition, found by its name, an alias or its id; near misses are suggested.",
            properties: [
                (
                    "term",
                    .object([
                        ("type", .string("string")), ("minLength", .int(1)), ("description", .string("The term, an alias or its id.")),
                    ])
                )
            ],
            required: ["term"], output: ["term", "definition"]),
        tool(
            "get_support", title: "Get support lines",
            description: "Crisis and support lines and emergency numbers for a country (the international lines without one). "
                + "With level urgent, the text leads with the emergency numbers.",
            properties: [
                ("country", countryProperty),
                (
                    "level",
                    .object([
                        ("type", .string("string")), ("enum", .strings(["info", "concern", "urgent"])),
                        ("description", .string("How worried to be: info (default), concern or urgent.")),
                    ])
                ),
            ], required: [], output: ["lines"]),
        tool(
            "check_message", title: "Check a message for a crisis signal",
            description: "Assess what a person wrote: the level (info, concern, urgent), stable reason ids and the support block. "
                + "Nothing is stored or logged.",
            properties: [
                (
                    "text",
                    .object([("type", .string("string")), ("minLength", .int(1)), ("description", .string("The message to assess."))])
                ),
                (
                    "context",
                    .object([
                        ("type", .string("array")), ("items", .object([("type", .string("string"))])),
                        ("description", .string("Up to 10 earlier messages, oldest first.")),
                    ])
                ),
                ("country", countryProperty),
            ], required: ["text"], output: ["level", "reasons", "support"]),
    ]

    /// The names of the tools, in order.
    package static let toolNames = ["search_explainer", "get_section", "get_claim", "define_term", "get_support", "check_message"]

    /// The resource templates: one per kind of resource, with its MIME type.
    package static let resourceTemplates: [JSONDocument] = [
        template("explainer://sections/{id}", name: "section", title: "A section of the explainer", mimeType: "text/markdown"),
        template(
            "explainer://claims/{id}", name: "claim", title: "A research claim with its sources and studies", mimeType: "application/json"),
        template("explainer://glossary/{id}", name: "term", title: "A glossary term", mimeType: "application/json"),
        template(
            "explainer://support/{country}", name: "support-country", title: "Support lines for a country", mimeType: "application/json"),
    ]

    /// The prompt as `prompts/list` shows it.
    package static let prompt = JSONDocument.object([
        ("name", .string(promptName)), ("title", .string("Answer with care")),
        (
            "description",
            .string(
                "How to answer a question from the explainer: quote and cite passage ids, keep its words, follow its safe-messaging guidance, show support lines when the level is concern or urgent."
            )
        ),
        (
            "arguments",
            .array([
                .object([
                    ("name", .string("question")), ("description", .string("The person's question, if you want it in the prompt.")),
                    ("required", .bool(false)),
                ])
            ])
        ),
    ])

    /// The prompt's instructions, with this content's notes (the safe-messaging vocabulary of
    /// `Content/support.json`) listed so the model knows what each warns of.
    package static func promptText(notes: [ContentNote], question: String?) -> String {
        var lines = [
            "You are answering from the explainer \"unpacking self-harm\", which is about non-suicidal self-injury.",
            "- Call check_message on the person's words first. Whenever its level is concern or urgent, show the support lines "
                + "it returns (emergency numbers first when emergency_first is true) before anything else, calmly and without lecturing.",
            "- Answer only from what search_explainer, get_section, get_claim and define_term return. Quote the explainer's own words, "
                + "keep them as they are, and cite the id and url of every passage, claim or term you use.",
            "- Never describe methods of self-harm, their means or their details, even if asked; say you can't help with that and offer the lines.",
            "- Speak plainly and without judgement; do not call self-harm attention-seeking or manipulative, and do not promise outcomes.",
            "- If the explainer does not answer the question, say so rather than filling the gap.",
        ]
        if !notes.isEmpty {
            lines.append("- Sections carry content notes; mention a section's notes before quoting it:")
            lines += notes.map { "  - \($0.id): \($0.description)" }
        }
        if let question { lines.append("\nThe person's question: \(question)") }
        return lines.joined(separator: "\n")
    }

    /// The string property for an ISO 3166-1 alpha-2 country code.
    private static let countryProperty = JSONDocument.object([
        ("type", .string("string")), ("description", .string("ISO 3166-1 alpha-2 code, e.g. GB or US.")),
    ])

    /// One tool: object schemas in and out, and the read-only annotations.
    private static func tool(
        _ name: String, title: String, description: String, properties: [(String, JSONDocument)], required: [String], output: [String]
    ) -> JSONDocument {
        .object([
            ("name", .string(name)), ("title", .string(title)), ("description", .string(description)),
            (
                "inputSchema",
                .object([
                    ("type", .string("object")), ("properties", .object(properties)), ("required", .strings(required)),
                    ("additionalProperties", .bool(false)),
                ])
            ),
            ("outputSchema", .object([("type", .string("object")), ("required", .strings(output))])),
            (
                "annotations",
                .object([
                    ("title", .string(title)), ("readOnlyHint", .bool(true)), ("destructiveHint", .bool(false)),
                    ("idempotentHint", .bool(true)), ("openWorldHint", .bool(false)),
                ])
            ),
        ])
    }

    /// One resource template.
    private static func template(_ uri: String, name: String, title: String, mimeType: String) -> JSONDocument {
        .object([("uriTemplate", .string(uri)), ("name", .string(name)), ("title", .string(title)), ("mimeType", .string(mimeType))])
    }
}
