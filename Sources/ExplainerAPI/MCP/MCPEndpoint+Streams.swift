import ExplainerContent
import HTTPCore

extension MCPEndpoint {
    /// `GET /mcp`: the handshake era's stream of server messages (2025-06-18, 2025-11-25), on which a
    /// content reload that changes the resource list sends `notifications/resources/list_changed`.
    ///
    /// Those revisions: the client MUST list `text/event-stream` in `Accept`, and the server either
    /// opens the stream or answers 405. So a GET that does not name it is 405 (curl's `*/*` included,
    /// so no stray GET is left hanging), as is one whose `MCP-Protocol-Version` is 2026-07-28, where
    /// the GET stream was removed (that revision listens with `subscriptions/listen`). A foreign
    /// `Origin` is 403. With an `Mcp-Session-Id` the stream is that session's (404 for one not held;
    /// a newer stream ends the older, so each message goes out once), and without one it stands
    /// alone. No message is a response, and none has an event id (streams are not resumable here).
    /// At the stream cap the answer is 503 with `Retry-After`.
    package func openStream(_ request: Request) -> Response {
        guard origins.allows(request.headers["Origin"]) else { return Self.forbidden }
        let version = request.headers["MCP-Protocol-Version"]
        guard Self.acceptsEventStream(request.headers), version.map({ !MCPProtocolVersion.isModern($0) }) ?? true else {
            var refusal = ProblemResponse.make(
                HTTPError(
                    HTTPProblem.methodNotAllowed,
                    detail: "GET /mcp opens the handshake era's event stream: send Accept: text/event-stream. "
                        + "2026-07-28 clients POST subscriptions/listen instead.",
                    headers: ["Allow": "GET, HEAD, OPTIONS, POST, DELETE"]))
            refusal.headers.set("Cache-Control", "no-store")
            return refusal
        }
        if let version, !MCPProtocolVersion.handshake.contains(version) {
            let error = JSONRPCError(
                code: -32600, message: "Invalid Request: unsupported MCP-Protocol-Version.",
                data: .object([("supported", .strings(MCPProtocolVersion.all))]), status: .badRequest)
            return Self.json(error.status, MCPDispatcher.errorBytes(id: nil, error))
        }
        let session = request.headers[Self.sessionHeader]
        if let session, !sessions.touch(session) {
            return Self.json(.notFound, MCPDispatcher.errorBytes(id: nil, Self.unknownSession))
        }
        // HEAD: the stream's head alone, with no stream opened (nor a session's stream replaced).
        guard request.method != .head else {
            return Response(status: .ok, headers: ["Content-Type": "text/event-stream", "Cache-Control": "no-store"])
        }
        guard let stream = streams.openHandshake() else { return Self.busy(id: nil) }
        if let session, !sessions.attach(stream, to: session) {
            stream.discard()
            return Self.json(.notFound, MCPDispatcher.errorBytes(id: nil, Self.unknownSession))
        }
        return Response(stream: stream)
    }

    /// `DELETE /mcp`: ends the session `Mcp-Session-Id` names, and its stream (204). The header is
    /// required (400); a session not held is 404; a foreign `Origin` is 403.
    package func endSession(_ request: Request) -> Response {
        guard origins.allows(request.headers["Origin"]) else { return Self.forbidden }
        guard let session = request.headers[Self.sessionHeader] else {
            return Self.json(.badRequest, MCPDispatcher.errorBytes(id: nil, .invalidRequest("DELETE needs the Mcp-Session-Id header.")))
        }
        guard sessions.end(session) else { return Self.json(.notFound, MCPDispatcher.errorBytes(id: nil, Self.unknownSession)) }
        return Response(status: .noContent, headers: ["Cache-Control": "no-store"])
    }

    /// `subscriptions/listen` (2026-07-28): the answer is an event stream whose first event is the
    /// acknowledgment of what will be sent (of the filter, `resourcesListChanged` alone: the tools and
    /// the prompt never change and resources are not subscribed one by one), then each
    /// `notifications/resources/list_changed` a reload causes, every one naming the subscription in
    /// `_meta`. A drain ends it with the listen result (the graceful close); the client's close of the
    /// stream is the cancellation. A filter with nothing honoured is acknowledged and closed at once.
    func listen(_ message: JSONRPCMessage, id: JSONRPCID, _ request: Request) -> Response {
        let wantsList: Bool
        switch dispatcher.listenFilter(message) {
        case .success(let filter): wantsList = filter.resourceList
        case .failure(let error): return Self.json(error.status, MCPDispatcher.errorBytes(id: id, error))
        }
        guard Self.acceptsEventStream(request.headers) else {
            let error = JSONRPCError(
                code: -32600, message: "Invalid Request: subscriptions/listen answers with text/event-stream; list it in Accept.",
                status: HTTPStatus(406, "Not Acceptable"))
            return Self.json(error.status, MCPDispatcher.errorBytes(id: id, error))
        }
        guard let stream = streams.openListen(id: id, honoursResourceList: wantsList, closing: dispatcher.listenResult(id: id))
        else { return Self.busy(id: id) }
        return Response(stream: stream)
    }

    /// Whether `Accept` names `text/event-stream` with a weight above zero.
    static func acceptsEventStream(_ headers: HTTPHeaders) -> Bool {
        guard let accept = headers["Accept"], accept.lowercased().contains("text/event-stream") else { return false }
        return AcceptedMediaTypes(headers).quality(of: "text/event-stream") > 0
    }

    /// 403 for a foreign `Origin`, with a JSON-RPC error and no id.
    static var forbidden: Response {
        let error = JSONRPCError(
            code: -32600, message: "Forbidden: this Origin may not use the MCP endpoint.", status: HTTPStatus(403, "Forbidden"))
        return json(error.status, MCPDispatcher.errorBytes(id: nil, error))
    }

    /// 503 at the stream cap: -32603, as the reference SDK answers its own subscription limit.
    static func busy(id: JSONRPCID?) -> Response {
        let error = JSONRPCError(
            code: -32603, message: "Internal error: too many open streams; try again later.",
            status: HTTPStatus(503, "Service Unavailable"))
        var response = json(error.status, MCPDispatcher.errorBytes(id: id, error))
        response.headers.set("Retry-After", "30")
        return response
    }
}
