/// The MCP protocol versions this server speaks, and how a version is chosen.
///
/// Two eras (the specification's "Versioning" page): the handshake era, where `initialize` negotiates a
/// version for the session, and the modern 2026-07-28 revision, where every request names its version
/// in `_meta` and nothing is negotiated.
package enum MCPProtocolVersion {
    /// The stateless revision: per-request `_meta`, `server/discover`, no `initialize`.
    package static let modern = ["2026-07-28"]
    /// The handshake revisions, newest first.
    package static let handshake = ["2025-11-25", "2025-06-18"]
    /// Every version served, newest first (what `server/discover` and -32022 list).
    package static var all: [String] { modern + handshake }

    /// The version `initialize` answers: the client's when served, else the newest handshake version
    /// (the lifecycle page: the server answers with one it supports and the client decides).
    package static func negotiate(requested: String?) -> String {
        if let requested, handshake.contains(requested) { return requested }
        return handshake[0]
    }

    /// Whether `version` is one of the modern revisions.
    package static func isModern(_ version: String) -> Bool { modern.contains(version) }
}
