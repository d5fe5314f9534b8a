/// Which era of the protocol a request speaks, read from the request itself.
///
/// A request whose `_meta` names `io.modelcontextprotocol/protocolVersion` is modern (2026-07-28) and
/// is served statelessly; anything else is of the handshake era (2025-06-18, 2025-11-25). Over HTTP
/// that era's `initialize` mints an `Mcp-Session-Id` (`MCPSessions`), but only the GET stream hangs on
/// it: every request is still answered from itself and the content alone.
package enum MCPEra: Sendable, Equatable {
    case handshake
    case modern(version: String)

    /// Whether results carry 2026-07-28's `resultType`, `_meta.serverInfo` and cache hints.
    package var isModern: Bool {
        if case .modern = self { return true }
        return false
    }

    /// The `_meta` key a modern request names its version under.
    package static let versionKey = "io.modelcontextprotocol/protocolVersion"
    /// The `_meta` key of a modern request's client capabilities (required).
    package static let capabilitiesKey = "io.modelcontextprotocol/clientCapabilities"
    /// The `_meta` key of a modern result's server identity.
    package static let serverInfoKey = "io.modelcontextprotocol/serverInfo"

    /// The era of `message`, or the error a malformed modern request gets (HTTP 400 either way).
    package static func of(_ message: JSONRPCMessage) throws(JSONRPCError) -> MCPEra {
        guard let value = message.meta(versionKey) else {
            if message.method == "server/discover" {
                throw .invalidParams("_meta.\(versionKey) is required.", status: .badRequest)
            }
            return .handshake
        }
        guard case .string(let version) = value else {
            throw .invalidParams("_meta.\(versionKey) must be a string.", status: .badRequest)
        }
        guard MCPProtocolVersion.isModern(version) else { throw .unsupportedVersion(requested: version) }
        guard case .object? = message.meta(capabilitiesKey) else {
            throw .invalidParams("_meta.\(capabilitiesKey) is required.", status: .badRequest)
        }
        return .modern(version: version)
    }
}
