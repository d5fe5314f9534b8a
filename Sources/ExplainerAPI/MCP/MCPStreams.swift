import HTTPCore
import Synchronization

/// The MCP server's open event streams over Streamable HTTP, and what a content reload sends them.
///
/// Two kinds, one per era: a handshake-era `GET /mcp` stream (2025-06-18, 2025-11-25), which carries
/// `notifications/resources/list_changed` as it is; and a 2026-07-28 `subscriptions/listen` stream,
/// whose first event is the acknowledgment and whose every notification names the subscription (the
/// listen request's id) in `_meta`. Both come from one `EventStreamRegistry`, so all of them together
/// are capped (`limit`) and each is bounded in what it may queue for a slow reader. A drain ends a
/// listen stream with its result (the graceful close that revision defines) and a GET stream with
/// its end alone.
package final class MCPStreams: Sendable {
    private enum Kind {
        case handshake
        case listen(JSONRPCID)
    }

    /// Opens and counts the streams (the cap, the per-stream bound, the heartbeat).
    package let registry: EventStreamRegistry
    private let open = Mutex<[(stream: EventStream, kind: Kind)]>([])

    /// Streams under `registry`'s cap: by default 256 open at once, 64 KiB queued each, a heartbeat every 15 s.
    package init(registry: EventStreamRegistry = EventStreamRegistry()) {
        self.registry = registry
    }

    /// A new handshake-era stream, or nil at the cap.
    package func openHandshake() -> EventStream? {
        guard let stream = registry.open() else { return nil }
        remember(stream, .handshake)
        return stream
    }

    /// A new listen stream for the request `id`, its acknowledgment of `honoured` already queued and
    /// `closing` (the listen result) written when a drain ends it; nil at the cap. With nothing
    /// honoured the stream ends after the acknowledgment, with its result.
    package func openListen(id: JSONRPCID, honoursResourceList: Bool, closing: [UInt8]) -> EventStream? {
        guard let stream = registry.open(closingEvent: ServerSentEvent.message(closing)) else { return nil }
        stream.send(ServerSentEvent.message(Self.acknowledgement(id: id, honoursResourceList: honoursResourceList)))
        guard honoursResourceList else {
            stream.finish(lastEvent: ServerSentEvent.message(closing))
            return stream
        }
        remember(stream, .listen(id))
        return stream
    }

    /// Sends every open stream that the resource list changed; forgets the streams that ended.
    package func announceResourceListChanged() {
        let streams = open.withLock { open in
            open.removeAll { !$0.stream.isOpen }
            return open
        }
        let plain = ServerSentEvent.message(MCPDispatcher.resourcesChanged)
        for (stream, kind) in streams {
            switch kind {
            case .handshake: stream.send(plain)
            case .listen(let id): stream.send(ServerSentEvent.message(Self.listChanged(id: id)))
            }
        }
    }

    /// How many streams are open.
    package var openCount: Int { registry.snapshot.open }

    private func remember(_ stream: EventStream, _ kind: Kind) {
        open.withLock { open in
            open.removeAll { !$0.stream.isOpen }
            open.append((stream, kind))
        }
    }

    /// `notifications/subscriptions/acknowledged` for the listen request `id`: the first message of its
    /// subscription, naming what will be sent (`resourcesListChanged`, or nothing).
    package static func acknowledgement(id: JSONRPCID, honoursResourceList: Bool) -> [UInt8] {
        let honoured: [(String, JSONDocument)] = honoursResourceList ? [("resourcesListChanged", .bool(true))] : []
        return notification("notifications/subscriptions/acknowledged", id: id, [("notifications", .object(honoured))])
    }

    /// `notifications/resources/list_changed` on the subscription `id`.
    package static func listChanged(id: JSONRPCID) -> [UInt8] {
        notification("notifications/resources/list_changed", id: id, [])
    }

    /// A notification on the listen stream `id`: `params` with `_meta` naming the subscription.
    static func notification(_ method: String, id: JSONRPCID, _ params: [(String, JSONDocument)]) -> [UInt8] {
        var writer = JSONWriter(indent: 0)
        writer.beginObject()
        writer.key("jsonrpc")
        writer.string("2.0")
        writer.key("method")
        writer.string(method)
        writer.key("params")
        writer.beginObject()
        for (key, value) in params {
            writer.key(key)
            value.write(to: &writer)
        }
        writer.key("_meta")
        writer.beginObject()
        writer.key(subscriptionKey)
        id.write(to: &writer)
        writer.endObject()
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }

    /// The `_meta` key naming a listen stream's subscription (the listen request's id).
    package static let subscriptionKey = "io.modelcontextprotocol/subscriptionId"
}
