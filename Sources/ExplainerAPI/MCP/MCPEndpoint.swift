import ExplainerContent
import Foundation
import HTTPCore

/// `/mcp`: the Streamable HTTP transport over the transport-free `MCPDispatcher`.
///
/// `POST` answers are `application/json` (the specification lets the server choose per request), but
/// for `subscriptions/listen` (2026-07-28), whose answer is an event stream. In order: a foreign
/// `Origin` is 403; the body policy has already refused a body over 64 KiB (413) or not JSON (415); a
/// body that is not one JSON-RPC message is 400 with the JSON-RPC error and a null id; a modern
/// request's `MCP-Protocol-Version`, `Mcp-Method` and `Mcp-Name` must match its body (-32020, 400); a
/// handshake-era request may name a handshake version in `MCP-Protocol-Version` or none (then
/// 2025-03-26 is assumed, as that revision says), anything else is 400; a handshake-era request naming
/// an `Mcp-Session-Id` the server does not hold (ended, expired or never issued) is 404, which tells
/// the client to initialize again, while one without the header is served as before (sessions are
/// optional here: nothing but the GET stream depends on them). A notification or a client's response
/// is 202 with no body. A handshake-era `initialize` mints a session (`MCPSessions`). `GET` and
/// `DELETE` are the handshake era's stream and session end (`MCPEndpoint+Streams`).
package struct MCPEndpoint: Sendable {
    /// The route's path.
    package static let path = "/mcp"
    /// What the route reads: one JSON message of at most 64 KiB, refused (413, 415) before it is read.
    package static let body = BodyPolicy(maxBytes: JSONRPCMessage.maximumBytes, mediaTypes: ["application/json"])

    /// The session header (both handshake revisions).
    package static let sessionHeader = "Mcp-Session-Id"

    /// The dispatcher every message goes to.
    package let dispatcher: MCPDispatcher
    /// The origins allowed.
    package let origins: MCPOriginPolicy
    /// The handshake era's sessions.
    package let sessions: MCPSessions
    /// The open GET and listen streams.
    package let streams: MCPStreams

    /// An endpoint over `live` with the `origins` policy. A reload of `live` that changes the resource
    /// list is announced on every open stream; one that changes nothing in it sends nothing.
    package init(
        live: LiveContent, origins: MCPOriginPolicy, sessions: MCPSessions = MCPSessions(), streams: MCPStreams = MCPStreams()
    ) {
        let dispatcher = MCPDispatcher(live: live, announcesResourceChanges: true, listens: true)
        self.dispatcher = dispatcher
        self.origins = origins
        self.sessions = sessions
        self.streams = streams
        live.onReplace { old, new in
            if dispatcher.resourceListBytes(old) != dispatcher.resourceListBytes(new) { streams.announceResourceListChanged() }
        }
    }

    /// The response to one POST.
    package func respond(_ request: Request) -> Response {
        guard origins.allows(request.headers["Origin"]) else {
            let error = JSONRPCError(
                code: -32600, message: "Forbidden: this Origin may not use the MCP endpoint.", status: HTTPStatus(403, "Forbidden"))
            return Self.json(error.status, MCPDispatcher.errorBytes(id: nil, error))
        }
        let message: JSONRPCMessage
        switch JSONRPCMessage.parse(request.body) {
        case .success(let parsed): message = parsed
        case .failure(let error): return Self.json(error.status, MCPDispatcher.errorBytes(id: nil, error))
        }
        let id: JSONRPCID? = if case .request(let id) = message.kind { id } else { nil }
        if let refusal = Self.headerRefusal(message, request.headers) {
            return Self.json(refusal.status, MCPDispatcher.errorBytes(id: id, refusal))
        }
        let handshake = message.meta(MCPEra.versionKey) == nil
        if handshake, message.method != "initialize", let session = request.headers[Self.sessionHeader], !sessions.touch(session) {
            return Self.json(.notFound, MCPDispatcher.errorBytes(id: id, Self.unknownSession))
        }
        if message.method == "subscriptions/listen", let id {
            return listen(message, id: id, request)
        }
        switch dispatcher.handle(message) {
        case .accepted: return Response(status: HTTPStatus(202, "Accepted"))
        case .answer(let status, let bytes):
            var response = Self.json(status, bytes)
            // The handshake's answer mints the session (initialize cannot fail in that era).
            if handshake, message.method == "initialize", id != nil, status == .ok {
                response.headers.set(Self.sessionHeader, sessions.create())
            }
            return response
        case .deferred(let placeholder): return placeholder
        }
    }

    /// The error a request naming a session the server does not hold gets, with 404.
    static let unknownSession = JSONRPCError(
        code: -32600, message: "Invalid Request: no such session (it ended or expired); initialize again.", status: .notFound)

    /// A JSON-RPC body, never stored (`no-store`: answers can hold what someone typed).
    static func json(_ status: HTTPStatus, _ bytes: [UInt8]) -> Response {
        var headers = HTTPHeaders()
        headers.set("Cache-Control", "no-store")
        return Response(status: status, contentType: "application/json", body: bytes, headers: headers)
    }

    /// Why the request's headers do not fit its body, or nil when they do.
    static func headerRefusal(_ message: JSONRPCMessage, _ headers: HTTPHeaders) -> JSONRPCError? {
        let version = headers["MCP-Protocol-Version"]
        guard case .string(let bodyVersion)? = message.meta(MCPEra.versionKey) else {
            // The handshake era: the header is optional, but when sent it must be a version served.
            if let version, message.method != "initialize", !MCPProtocolVersion.handshake.contains(version) {
                if MCPProtocolVersion.isModern(version) {
                    return .invalidParams("_meta.\(MCPEra.versionKey) is required at \(version).", status: .badRequest)
                }
                return JSONRPCError(
                    code: -32600, message: "Invalid Request: unsupported MCP-Protocol-Version.",
                    data: .object([("supported", .strings(MCPProtocolVersion.all))]), status: .badRequest)
            }
            return nil
        }
        guard let version else { return .headerMismatch("the MCP-Protocol-Version header is required.") }
        guard version == bodyVersion else { return .headerMismatch("MCP-Protocol-Version does not match _meta.") }
        if case .notification = message.kind { return nil }
        guard let method = headers["Mcp-Method"] else { return .headerMismatch("the Mcp-Method header is required.") }
        guard method == message.method else { return .headerMismatch("Mcp-Method does not match the body's method.") }
        let nameKey: String? =
            switch message.method {
            case "tools/call", "prompts/get": "name"
            case "resources/read": "uri"
            default: nil
            }
        if let nameKey {
            guard let header = headers["Mcp-Name"] else { return .headerMismatch("the Mcp-Name header is required.") }
            guard case .string(let name)? = message.param(nameKey), decoded(header) == name else {
                return .headerMismatch("Mcp-Name does not match the body's \(nameKey).")
            }
        }
        return nil
    }

    /// A header value with the `=?base64?…?=` sentinel decoded; nil when the Base64 is not UTF-8.
    static func decoded(_ value: String) -> String? {
        guard value.hasPrefix("=?base64?"), value.hasSuffix("?="), value.count >= 11 else { return value }
        let inner = value.dropFirst(9).dropLast(2)
        guard let data = Data(base64Encoded: String(inner)) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
