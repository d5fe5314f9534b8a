import ExplainerContent
import Foundation
import HTTPCore

/// `POST /mcp`: the Streamable HTTP transport over the transport-free `MCPDispatcher`.
///
/// Answers are `application/json`, never an SSE stream (the specification lets the server choose per
/// request). In order: a foreign `Origin` is 403; the body policy has already refused a body over
/// 64 KiB (413) or not JSON (415); a body that is not one JSON-RPC message is 400 with the JSON-RPC
/// error and a null id; a modern request's `MCP-Protocol-Version`, `Mcp-Method` and `Mcp-Name` must
/// match its body (-32020, 400); a handshake-era request may name a handshake version in
/// `MCP-Protocol-Version` or none (then 2025-03-26 is assumed, as that revision says), anything else
/// is 400. A notification or a client's response is 202 with no body. No session is ever minted,
/// so `GET` and `DELETE` are 405 (the router's), as both eras allow.
package struct MCPEndpoint: Sendable {
    /// The route's path.
    package static let path = "/mcp"
    /// What the route reads: one JSON message of at most 64 KiB, refused (413, 415) before it is read.
    package static let body = BodyPolicy(maxBytes: JSONRPCMessage.maximumBytes, mediaTypes: ["application/json"])

    /// The dispatcher every message goes to.
    package let dispatcher: MCPDispatcher
    /// The origins allowed.
    package let origins: MCPOriginPolicy

    /// An endpoint over `live` with the `origins` policy.
    package init(live: LiveContent, origins: MCPOriginPolicy) {
        dispatcher = MCPDispatcher(live: live)
        self.origins = origins
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
        if let refusal = Self.headerRefusal(message, request.headers) {
            let id: JSONRPCID? = if case .request(let id) = message.kind { id } else { nil }
            return Self.json(refusal.status, MCPDispatcher.errorBytes(id: id, refusal))
        }
        switch dispatcher.handle(message) {
        case .accepted: return Response(status: HTTPStatus(202, "Accepted"))
        case .answer(let status, let bytes): return Self.json(status, bytes)
        case .deferred(let placeholder): return placeholder
        }
    }

    /// A JSON-RPC body, never stored (`no-store`: answers can hold what someone typed).
    private static func json(_ status: HTTPStatus, _ bytes: [UInt8]) -> Response {
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
