import ExplainerContent
import Foundation
import HTTPCore

extension MCPDispatcher {
    /// `tools/call`: an unknown tool is a protocol error (-32602); a bad argument, or an id that names
    /// nothing, is a tool result with `isError: true` the model can read.
    func callTool(_ message: JSONRPCMessage, id: JSONRPCID, era: MCPEra, snapshot: RenderedContent) throws(JSONRPCError) -> MCPOutcome {
        guard case .string(let name)? = message.param("name") else { throw .invalidParams("name must be a string.") }
        guard MCPCatalogue.toolNames.contains(name) else { throw .invalidParams("there is no tool '\(String(name.prefix(64)))'.") }
        let response: Response
        let lead: String?
        do throws(MCPToolError) {
            (response, lead) = try toolResponse(name, arguments: message.param("arguments"), snapshot: snapshot)
        } catch {
            return toolResult(id, era, structured: nil, text: error.message)
        }
        guard response.isDeferred else { return toolResult(id, era, restBody: response.body, lead: lead) }
        return .deferred(
            response.map { [self] done in
                guard case .answer(_, let bytes) = toolResult(id, era, restBody: done.body, lead: nil) else { return done }
                return Response(status: .ok, contentType: JSONDocument.contentType, body: bytes)
            })
    }

    /// The REST response for the tool's question, and a sentence the text rendering leads with (the
    /// calm urgent message for `get_support` at level `urgent`); a REST refusal becomes the tool's error.
    private func toolResponse(
        _ name: String, arguments: JSONValue?, snapshot: RenderedContent
    ) throws(MCPToolError) -> (Response, String?) {
        do {
            switch name {
            case "search_explainer":
                let args = try MCPArguments(arguments, known: ["query", "limit", "types", "mode", "country"])
                var query = [("q", try args.string("query", required: true) ?? "")]
                if let limit = try args.integer("limit", in: 1...SearchRequest.maximumLimit) { query.append(("limit", String(limit))) }
                if let types = try args.strings("types") { query.append(("types", types.joined(separator: ","))) }
                if let mode = try args.string("mode") { query.append(("mode", mode)) }
                if let country = try args.string("country") { query.append(("country", country)) }
                return (try snapshot.serve(.search, Self.get("/v1/search", query)), nil)
            case "get_section":
                let args = try MCPArguments(arguments, known: ["id", "format"])
                let section = try Self.id(
                    args.string("id", required: true) ?? "", kind: "section", among: snapshot.index.sections.map(\.id))
                let query = try args.string("format").map { [("format", $0)] } ?? []
                return (try snapshot.serve(.section(id: section), Self.get("/v1/sections/\(section)", query)), nil)
            case "get_claim":
                let args = try MCPArguments(arguments, known: ["id"])
                let claim = try Self.id(args.string("id", required: true) ?? "", kind: "claim", among: snapshot.index.claims.map(\.id))
                return (try snapshot.serve(.claim(id: claim), Self.get("/v1/claims/\(claim)", [])), nil)
            case "define_term":
                let args = try MCPArguments(arguments, known: ["term"])
                let slug = try Self.termSlug(args.string("term", required: true) ?? "", in: snapshot.index)
                return (try snapshot.serve(.term(slug: slug), Self.get("/v1/glossary/\(slug)", [])), nil)
            case "get_support":
                let args = try MCPArguments(arguments, known: ["country", "level"])
                let level = try args.string("level") ?? "info"
                guard ["info", "concern", "urgent"].contains(level) else { throw MCPToolError("level takes info, concern or urgent.") }
                let query = try args.string("country").map { [("country", $0)] } ?? []
                return (
                    try snapshot.serve(.support, Self.get("/v1/support", query)), level == "urgent" ? ResourceRenderer.urgentMessage : nil
                )
            default:
                let args = try MCPArguments(arguments, known: SignalRequest.members)
                var body: [(String, JSONDocument)] = [("text", .string(try args.string("text", required: true) ?? ""))]
                if let context = try args.strings("context") { body.append(("context", .strings(context))) }
                if let country = try args.string("country") { body.append(("country", .string(country))) }
                var headers = HTTPHeaders()
                headers.set("Content-Type", "application/json")
                let request = Request(method: .post, target: "/v1/signals", headers: headers, body: JSONDocument.object(body).encoded())
                return (try snapshot.serveSignal(request), nil)
            }
        } catch let error as HTTPError {
            throw MCPToolError(error.detail)
        } catch let error as MCPToolError {
            throw error
        } catch {
            throw MCPToolError("The call could not be answered.")
        }
    }

    /// A call result: the REST body as `structuredContent` and, serialised, as the text content.
    func toolResult(_ id: JSONRPCID, _ era: MCPEra, restBody: [UInt8], lead: String?) -> MCPOutcome {
        var body = restBody
        while body.last == UInt8(ascii: "\n") { body.removeLast() }
        let json = String(decoding: body, as: UTF8.self)
        return toolResult(id, era, structured: body, text: lead.map { "\($0)\n\n\(json)" } ?? json)
    }

    /// A call result with `text` as its one text content, `structured` (JSON bytes) beside it, and
    /// `isError` when there is no structured answer.
    private func toolResult(_ id: JSONRPCID, _ era: MCPEra, structured: [UInt8]?, text: String) -> MCPOutcome {
        var writer = JSONWriter(indent: 0)
        Self.beginResult(id: id, writer: &writer)
        writer.key("content")
        JSONDocument.array([.object([("type", .string("text")), ("text", .string(text))])]).write(to: &writer)
        if let structured {
            writer.key("structuredContent")
            writer.raw(structured)
        }
        writer.key("isError")
        writer.bool(structured == nil)
        endResult(era, cacheable: false, writer: &writer)
        return .answer(.ok, writer.bytes)
    }

    /// A GET request for `path` with `query` percent-encoded, as REST would receive it.
    static func get(_ path: String, _ query: [(String, String)]) -> Request {
        let encoded = query.map { "\($0.0)=\(percentEncoded($0.1))" }.joined(separator: "&")
        return Request(method: .get, target: encoded.isEmpty ? path : "\(path)?\(encoded)")
    }

    /// Every byte but the unreserved ones (RFC 3986 §2.3) as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let unreserved =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if unreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded()
            }
        }
        return out
    }

    /// An id the content has, or the tool error naming the nearest ones.
    static func id(_ text: String, kind: String, among ids: [String]) throws(MCPToolError) -> String {
        if ids.contains(text) { return text }
        let near = Suggestions.nearest(to: String(text.prefix(128)), among: ids)
        throw MCPToolError("There is no \(kind) with that id." + (near.isEmpty ? "" : " Nearest: \(near.joined(separator: ", "))."))
    }

    /// The slug of the term `text` names: its slug, its term or an alias, in any case; else the tool
    /// error with the nearest terms.
    static func termSlug(_ text: String, in index: ContentIndex) throws(MCPToolError) -> String {
        let wanted = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let term = index.glossary.first(where: {
            $0.slug == wanted || $0.term.lowercased() == wanted || $0.aliases.contains { $0.lowercased() == wanted }
        }) {
            return term.slug
        }
        let names = index.glossary.flatMap { [$0.slug, $0.term.lowercased()] + $0.aliases.map { $0.lowercased() } }
        let near = Suggestions.nearest(to: String(wanted.prefix(128)), among: names)
        throw MCPToolError("No glossary term is called that." + (near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"))
    }
}

extension String {
    /// Two hex digits for one byte.
    fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
