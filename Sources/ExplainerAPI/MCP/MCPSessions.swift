import HTTPCore
import Synchronization

/// The handshake era's sessions over Streamable HTTP: the `Mcp-Session-Id`s minted at `initialize`,
/// each with when it was last used and its open `GET /mcp` stream.
///
/// A session is what lets the SDKs open the GET stream, and what `DELETE /mcp` ends; nothing else
/// hangs on it (every request is answered from the content alone), so a request without the header is
/// still served. A session id is 32 hex digits from the system's cryptographic generator (`getrandom`),
/// visible ASCII as the transport asks. The table is bounded: at most `limit` sessions, one idle for
/// `idleTimeout` (no request and no open stream) is forgotten, and when full the least recently used
/// goes first; a request naming a forgotten or unknown id is 404, which tells the client to initialize
/// again. One GET stream per session: a new one ends the old, so each notification goes out once.
package final class MCPSessions: Sendable {
    private struct Session {
        var lastUsed: Int64
        var stream: EventStream?
    }

    /// The most sessions kept. Default 4,096.
    package let limit: Int
    /// How long an unused session without an open stream is kept, in nanoseconds. Default 30 minutes.
    package let idleTimeout: Int64
    private let table = Mutex<[String: Session]>([:])

    /// A table of at most `limit` sessions, each forgotten after `idleTimeout` unused.
    package init(limit: Int = 4_096, idleTimeout: Duration = .seconds(30 * 60)) {
        self.limit = max(1, limit)
        self.idleTimeout = MonotonicTime.nanoseconds(idleTimeout)
    }

    /// Mints a new session id; the table makes room first (the expired, then the least recently used).
    package func create(now: Int64 = MonotonicTime.now) -> String {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<2).map { _ in Self.hex(generator.next()) }.joined()
        let evicted = table.withLock { table -> [EventStream] in
            var ended: [EventStream] = []
            if table.count >= limit {
                for (key, session) in table where isExpired(session, now: now) {
                    table[key] = nil
                    if let stream = session.stream { ended.append(stream) }
                }
            }
            if table.count >= limit, let oldest = table.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
                table[oldest.key] = nil
                if let stream = oldest.value.stream { ended.append(stream) }
            }
            table[id] = Session(lastUsed: now)
            return ended
        }
        for stream in evicted { stream.finish() }
        return id
    }

    /// Whether `id` names a live session; marks it used.
    package func touch(_ id: String, now: Int64 = MonotonicTime.now) -> Bool {
        table.withLock { table in
            guard var session = table[id] else { return false }
            guard !isExpired(session, now: now) else {
                table[id] = nil
                return false
            }
            session.lastUsed = now
            table[id] = session
            return true
        }
    }

    /// Makes `stream` the session's GET stream (false: no such session); the one it had is finished.
    package func attach(_ stream: EventStream, to id: String, now: Int64 = MonotonicTime.now) -> Bool {
        let (known, previous) = table.withLock { table -> (Bool, EventStream?) in
            guard var session = table[id], !isExpired(session, now: now) else { return (false, nil) }
            let previous = session.stream
            session.stream = stream
            session.lastUsed = now
            table[id] = session
            return (true, previous)
        }
        previous?.finish()
        return known
    }

    /// Ends the session (`DELETE /mcp`) and its stream; false when there was no such session.
    package func end(_ id: String) -> Bool {
        guard let session = table.withLock({ $0.removeValue(forKey: id) }) else { return false }
        session.stream?.finish()
        return true
    }

    /// How many sessions the table holds.
    package var count: Int { table.withLock { $0.count } }

    /// Whether a session is past its idle time: no open stream, and unused for `idleTimeout`.
    private func isExpired(_ session: Session, now: Int64) -> Bool {
        if let stream = session.stream, stream.ending == nil { return false }
        return now - session.lastUsed >= idleTimeout
    }

    /// 16 lowercase hex digits.
    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
