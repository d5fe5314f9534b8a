import HTTPCore

/// A JSON-RPC 2.0 error object: a code from the JSON-RPC and MCP tables, a fixed message, and data the
/// server chose to add. Messages are written here, never taken from an internal error.
package struct JSONRPCError: Error, Sendable {
    /// The JSON-RPC error code.
    package var code: Int
    /// A short sentence for a person; never internal error text and never what the client sent.
    package var message: String
    /// Extra structured data (the supported versions, the member that is wrong), or nil.
    package var data: JSONDocument?
    /// The HTTP status the Streamable HTTP transport answers with (stdio ignores it).
    package var status: HTTPStatus

    /// An error with its code, message, data and HTTP status.
    package init(code: Int, message: String, data: JSONDocument? = nil, status: HTTPStatus = .ok) {
        self.code = code
        self.message = message
        self.data = data
        self.status = status
    }

    /// -32700: the body is not JSON (or not UTF-8).
    package static let parseError = JSONRPCError(
        code: -32700, message: "Parse error: the body is not a JSON text in UTF-8.", status: .badRequest)

    /// -32600: JSON, but not a JSON-RPC 2.0 request or notification; `why` says what is wrong.
    package static func invalidRequest(_ why: String) -> JSONRPCError {
        JSONRPCError(code: -32600, message: "Invalid Request: \(why)", status: .badRequest)
    }

    /// -32601: no such method. The 2026-07-28 transport answers it with 404, earlier ones with 200.
    package static func methodNotFound(modern: Bool) -> JSONRPCError {
        JSONRPCError(code: -32601, message: "Method not found.", status: modern ? .notFound : .ok)
    }

    /// -32602: the params are wrong; `why` names the member.
    package static func invalidParams(_ why: String, status: HTTPStatus = .ok) -> JSONRPCError {
        JSONRPCError(code: -32602, message: "Invalid params: \(why)", status: status)
    }

    /// -32002: a resource URI names nothing (2025-11-25 and earlier; 2026-07-28 uses -32602).
    package static func resourceNotFound(_ uri: String, modern: Bool) -> JSONRPCError {
        let data = JSONDocument.object([("uri", .string(String(uri.prefix(256))))])
        return JSONRPCError(code: modern ? -32602 : -32002, message: "Resource not found.", data: data)
    }

    /// -32020 (2026-07-28): an `Mcp-*` header is missing or does not match the body.
    package static func headerMismatch(_ why: String) -> JSONRPCError {
        JSONRPCError(code: -32020, message: "Header mismatch: \(why)", status: .badRequest)
    }

    /// -32022 (2026-07-28): the requested protocol version is not served; `data` lists those that are.
    package static func unsupportedVersion(requested: String) -> JSONRPCError {
        let data = JSONDocument.object([
            ("supported", .strings(MCPProtocolVersion.all)), ("requested", .string(String(requested.prefix(64)))),
        ])
        return JSONRPCError(code: -32022, message: "Unsupported protocol version", data: data, status: .badRequest)
    }

    /// The error object `{"code", "message", "data"?}`.
    package var document: JSONDocument {
        var members: [(String, JSONDocument)] = [("code", .int(code)), ("message", .string(message))]
        if let data { members.append(("data", data)) }
        return .object(members)
    }
}
