import HTTPCore

extension MCPDispatcher {
    /// The result that closes the `subscriptions/listen` stream `id` gracefully (the server ends it, as
    /// a drain does): empty but for `resultType` and `_meta`, which names the subscription and the server.
    func listenResult(id: JSONRPCID, era: MCPEra) -> [UInt8] {
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
