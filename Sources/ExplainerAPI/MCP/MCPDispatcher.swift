import ExplainerContent
import HTTPCore

/// The MCP server without a transport: takes one parsed JSON-RPC message and returns what to answer.
///
/// Streamable HTTP (`MCPEndpoint`) and stdio (`explainer-server mcp`) both call `handle`, so the two
/// answer alike. Every answer comes from the snapshot taken once per message, through the same
/// handlers REST uses (`RenderedContent.serve`, `serveSignal`), so a tool's structured result is the
/// REST body for the same question, byte for byte. Nothing here logs, and no argument is kept.
package struct MCPDispatcher: Sendable {
    /// The content being served; a reload swaps it under the dispatcher.
    package let live: LiveContent
    /// Whether the transport sends `notifications/resources/list_changed` to a handshake-era client
    /// after a reload that changes the resource list (stdio does; Streamable HTTP does on the GET stream).
    package let announcesResourceChanges: Bool
    /// Whether the transport serves `subscriptions/listen` (2026-07-28), which carries the same
    /// notification (Streamable HTTP does; stdio does not yet, so it advertises no list changes there).
    package let listens: Bool

    /// A dispatcher over `live`; `announcesResourceChanges` and `listens` as the transport can.
    package init(live: LiveContent, announcesResourceChanges: Bool = false, listens: Bool = false) {
        self.live = live
        self.announcesResourceChanges = announcesResourceChanges
        self.listens = listens
    }

    /// The notification a transport sends a handshake-era client after a content reload.
    package static let resourcesChanged = Array(#"{"jsonrpc":"2.0","method":"notifications/resources/list_changed"}"#.utf8)

    /// The answer to `message`: a response for a request, nothing for a notification or a response.
    package func handle(_ message: JSONRPCMessage) -> MCPOutcome {
        guard case .request(let id) = message.kind else { return .accepted }
        var era = MCPEra.handshake
        do throws(JSONRPCError) {
            era = try MCPEra.of(message)
            return try answer(message, id: id, era: era)
        } catch {
            return .answer(error.status, Self.errorBytes(id: id, error))
        }
    }

    /// Routes a request by method.
    private func answer(_ message: JSONRPCMessage, id: JSONRPCID, era: MCPEra) throws(JSONRPCError) -> MCPOutcome {
        let snapshot = live.snapshot
        switch message.method {
        case "initialize" where era == .handshake:
            let requested: String? = if case .string(let v)? = message.param("protocolVersion") { v } else { nil }
            return reply(
                id, era,
                [
                    ("protocolVersion", .string(MCPProtocolVersion.negotiate(requested: requested))),
                    ("capabilities", capabilities(era)), ("serverInfo", serverInfo(snapshot)),
                    ("instructions", .string(MCPCatalogue.instructions)),
                ])
        case "ping" where era == .handshake:
            return reply(id, era, [])
        case "server/discover" where era.isModern:
            return reply(
                id, era,
                [
                    ("supportedVersions", .strings(MCPProtocolVersion.all)), ("capabilities", capabilities(era)),
                    ("instructions", .string(MCPCatalogue.instructions)),
                ], cacheable: true)
        case "tools/list":
            return reply(id, era, [("tools", .array(MCPCatalogue.tools))], cacheable: true)
        case "tools/call":
            return try callTool(message, id: id, era: era, snapshot: snapshot)
        case "resources/list":
            return reply(id, era, [("resources", .array(resourceList(snapshot)))], cacheable: true)
        case "resources/templates/list":
            return reply(id, era, [("resourceTemplates", .array(MCPCatalogue.resourceTemplates))], cacheable: true)
        case "resources/read":
            return try readResource(message, id: id, era: era, snapshot: snapshot)
        case "prompts/list":
            return reply(id, era, [("prompts", .array([MCPCatalogue.prompt]))], cacheable: true)
        case "prompts/get":
            return try getPrompt(message, id: id, era: era, snapshot: snapshot)
        default:
            throw .methodNotFound(modern: era.isModern)
        }
    }

    /// Tools, resources and prompts. The tools and the prompt never change (a reload changes content,
    /// not the catalogue); the resources do, and are announced where the transport can: on the
    /// handshake era's stream, or (2026-07-28) on a `subscriptions/listen` stream.
    private func capabilities(_ era: MCPEra) -> JSONDocument {
        .object([
            ("tools", .object([("listChanged", .bool(false))])),
            ("resources", .object([("listChanged", .bool(era.isModern ? listens : announcesResourceChanges))])),
            ("prompts", .object([("listChanged", .bool(false))])),
        ])
    }

    /// The server's name and version (the API's, from `openapi.yaml`).
    func serverInfo(_ snapshot: RenderedContent) -> JSONDocument {
        .object([
            ("name", .string(MCPCatalogue.serverName)), ("title", .string("unpacking self-harm: explainer")),
            ("version", .string(snapshot.configuration.apiVersion)),
        ])
    }

    /// A success response with `members` as its result; a modern one adds `resultType`, the server's
    /// identity and, for lists and reads, the cache hints (`ttlMs` = the REST `max-age`, public).
    func reply(_ id: JSONRPCID, _ era: MCPEra, _ members: [(String, JSONDocument)], cacheable: Bool = false) -> MCPOutcome {
        var writer = JSONWriter(indent: 0)
        Self.beginResult(id: id, writer: &writer)
        for (key, value) in members {
            writer.key(key)
            value.write(to: &writer)
        }
        endResult(era, cacheable: cacheable, writer: &writer)
        return .answer(.ok, writer.bytes)
    }

    /// Writes `{"jsonrpc":"2.0","id":…,"result":{` (left open for the members).
    static func beginResult(id: JSONRPCID, writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("jsonrpc")
        writer.string("2.0")
        writer.key("id")
        id.write(to: &writer)
        writer.key("result")
        writer.beginObject()
    }

    /// Closes a result opened by `beginResult`, with the modern members when the era has them.
    func endResult(_ era: MCPEra, cacheable: Bool, writer: inout JSONWriter) {
        if era.isModern {
            writer.key("resultType")
            writer.string("complete")
            writer.key("_meta")
            JSONDocument.object([(MCPEra.serverInfoKey, serverInfo(live.snapshot))]).write(to: &writer)
            if cacheable {
                writer.key("ttlMs")
                writer.int(live.snapshot.configuration.cacheMaxAge * 1_000)
                writer.key("cacheScope")
                writer.string("public")
            }
        }
        writer.endObject()
        writer.endObject()
    }

    /// An error response; `id` is nil (written `null`) when the request's id could not be read.
    package static func errorBytes(id: JSONRPCID?, _ error: JSONRPCError) -> [UInt8] {
        var writer = JSONWriter(indent: 0)
        writer.beginObject()
        writer.key("jsonrpc")
        writer.string("2.0")
        writer.key("id")
        if let id { id.write(to: &writer) } else { writer.null() }
        writer.key("error")
        error.document.write(to: &writer)
        writer.endObject()
        return writer.bytes
    }
}
