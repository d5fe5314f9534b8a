import HTTPCore

extension MCPDispatcher {
    /// What a `subscriptions/listen` request asks that this server will send: whether the resource
    /// list's changes (`resourcesListChanged`; the tools and the prompt never change, and resources are
    /// not subscribed one by one). A handshake-era request is -32601 (the method is 2026-07-28's); a
    /// filter that is not an object is -32602 (400).
    package func listenFilter(_ message: JSONRPCMessage) -> Result<(era: MCPEra, resourceList: Bool), JSONRPCError> {
        let era: MCPEra
        do throws(JSONRPCError) {
            era = try MCPEra.of(message)
        } catch {
            return .failure(error)
        }
        guard era.isModern else { return .failure(.methodNotFound(modern: false)) }
        guard case .object(let filter)? = message.param("notifications") else {
            return .failure(.invalidParams("notifications must be an object.", status: .badRequest))
        }
        return .success((era, filter.contains { $0.key == "resourcesListChanged" && $0.value.value == .bool(true) }))
    }

    /// The result that closes the `subscriptions/listen` stream `id` gracefully (the server ends it, as
    /// a drain does): empty but for `resultType` and `_meta`, which names the subscription and the server.
    package func listenResult(id: JSONRPCID) -> [UInt8] {
        var writer = JSONWriter(indent: 0)
        Self.beginResult(id: id, writer: &writer)
        writer.key("resultType")
        writer.string("complete")
        writer.key("_meta")
        writer.beginObject()
        writer.key(MCPStreams.subscriptionKey)
        id.write(to: &writer)
        writer.key(MCPEra.serverInfoKey)
        serverInfo(live.snapshot).write(to: &writer)
        writer.endObject()
        writer.endObject()
        writer.endObject()
        return writer.bytes
    }
}
