import ExplainerContent
import HTTPCore

extension MCPDispatcher {
    /// Every section (Markdown), claim, glossary term (JSON) and the support directory (JSON).
    func resourceList(_ snapshot: RenderedContent) -> [JSONDocument] {
        let index = snapshot.index
        func entry(_ uri: String, _ name: String, _ title: String, _ mimeType: String) -> JSONDocument {
            .object([("uri", .string(uri)), ("name", .string(name)), ("title", .string(title)), ("mimeType", .string(mimeType))])
        }
        return index.sections.map { entry("explainer://sections/\($0.id)", $0.id, $0.title, "text/markdown") }
            + index.claims.map { entry("explainer://claims/\($0.id)", $0.id, "Claim: \($0.quote.prefix(80))", "application/json") }
            + index.glossary.map { entry("explainer://glossary/\($0.slug)", $0.slug, $0.term, "application/json") }
            + [entry("explainer://support", "support", "Support lines and emergency numbers", "application/json")]
    }

    /// The resource list of `snapshot` as bytes, to tell whether a reload changed it.
    package func resourceListBytes(_ snapshot: RenderedContent) -> [UInt8] {
        var writer = JSONWriter(indent: 0)
        JSONDocument.array(resourceList(snapshot)).write(to: &writer)
        return writer.bytes
    }

    /// `resources/read`: the REST body of the resource a URI names (a section as Markdown, the rest as
    /// JSON); a URI that names nothing is -32602 (2026-07-28) or -32002 (the handshake era).
    func readResource(_ message: JSONRPCMessage, id: JSONRPCID, era: MCPEra, snapshot: RenderedContent) throws(JSONRPCError) -> MCPOutcome {
        guard case .string(let uri)? = message.param("uri") else { throw .invalidParams("uri must be a string.") }
        let notFound = JSONRPCError.resourceNotFound(uri, modern: era.isModern)
        let scheme = "explainer://"
        guard uri.hasPrefix(scheme), uri.utf8.count <= 256 else { throw notFound }
        let parts = uri.dropFirst(scheme.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 1 || parts[0] == "support" || ExplainerApp.isSlugSyntax(parts[1]) else { throw notFound }
        let resource: Resource
        var query: [(String, String)] = []
        switch (parts.first, parts.count) {
        case ("sections", 2): resource = .section(id: parts[1])
        case ("claims", 2): resource = .claim(id: parts[1])
        case ("glossary", 2): resource = .term(slug: parts[1])
        case ("support", 1): resource = .support
        case ("support", 2) where parts[1].utf8.count == 2 && parts[1].allSatisfy({ $0.isASCII && $0.isLetter }):
            resource = .support
            query = [("country", parts[1].uppercased())]
        default: throw notFound
        }
        // A section reads as Markdown, as `Accept: text/markdown` gets it from REST; the rest as JSON.
        let isSection = parts.first == "sections"
        let mimeType = isSection ? "text/markdown" : "application/json"
        var request = Self.get(resource.path, query)
        if isSection { request.headers.set("Accept", "text/markdown") }
        let body: [UInt8]
        do {
            body = try snapshot.serve(resource, request).body
        } catch {
            throw notFound
        }
        var text = String(decoding: body, as: UTF8.self)
        if mimeType == "application/json", text.hasSuffix("\n") { text.removeLast() }
        return reply(
            id, era,
            [
                ("contents", .array([.object([("uri", .string(uri)), ("mimeType", .string(mimeType)), ("text", .string(text))])]))
            ], cacheable: true)
    }

    /// `prompts/get` of `answer-with-care`, with the person's question when given.
    func getPrompt(_ message: JSONRPCMessage, id: JSONRPCID, era: MCPEra, snapshot: RenderedContent) throws(JSONRPCError) -> MCPOutcome {
        guard case .string(let name)? = message.param("name") else { throw .invalidParams("name must be a string.") }
        guard name == MCPCatalogue.promptName else { throw .invalidParams("there is no prompt '\(String(name.prefix(64)))'.") }
        var question: String?
        switch message.param("arguments") {
        case nil, .null?: break
        case .object(let members)?:
            for member in members {
                guard member.key == "question", case .string(let text) = member.value.value else {
                    throw .invalidParams("the prompt takes one argument, question, a string.")
                }
                question = String(text.prefix(2_000))
            }
        default: throw .invalidParams("arguments must be an object.")
        }
        let text = MCPCatalogue.promptText(notes: snapshot.index.contentNotes, question: question)
        return reply(
            id, era,
            [
                ("description", .string("Answer from the explainer with care.")),
                (
                    "messages",
                    .array([
                        .object([("role", .string("user")), ("content", .object([("type", .string("text")), ("text", .string(text))]))])
                    ])
                ),
            ])
    }
}
