import HTTPCore

/// The API's route table: every resource's pattern (`Resource.Kind`), in the order `/` lists them,
/// then `POST /v1/signals`, `/mcp` (the MCP server: POST, and GET and DELETE for its streams and
/// sessions) and the health probes; and the admin
/// listener's, the probes alone.
///
/// Handlers take the live snapshot once per request and answer from it alone.
enum APIRoutes {
    /// Liveness: 200 while the process serves.
    static let healthPath = "/healthz"
    /// Readiness: 503 once the server drains.
    static let readinessPath = "/readyz"
    /// The crisis signal for chatbots: `POST` a message, get its level and the support block.
    static let signalsPath = "/v1/signals"
    /// What `POST /v1/signals` reads: JSON of at most 8 KiB, refused (413, 415) before it is read.
    static let signalsBody = BodyPolicy(maxBytes: SignalRequest.maximumBodyBytes, mediaTypes: ["application/json"])

    static func make(live: LiveContent, lifecycle: ServerLifecycle?, mcpOrigins: MCPOriginPolicy, mcpStreams: MCPStreams) -> Router {
        var router = Router()
        router.notFound = HTTPError(
            HTTPProblem.notFound, detail: "There is no resource at this path. The API's root, /, lists every resource.")
        for kind in Resource.Kind.allCases {
            router.get(kind.pattern) { request in try live.snapshot.serve(Resource(kind, request.pathParameters), request) }
        }
        router.post(signalsPath, body: signalsBody) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return try live.snapshot.serveSignal(request)
        }
        let mcp = MCPEndpoint(live: live, origins: mcpOrigins, streams: mcpStreams)
        router.post(MCPEndpoint.path, body: MCPEndpoint.body) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return mcp.respond(request)
        }
        router.get(MCPEndpoint.path) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return mcp.openStream(request)
        }
        router.add(.delete, MCPEndpoint.path) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return mcp.endSession(request)
        }
        addProbes(to: &router, live: live, lifecycle: lifecycle)
        return router
    }

    /// The admin listener's routes (`--admin-listen`): the probes only; `/metrics` is added by whoever
    /// owns the metrics. Anything else is a 404 that says what this port serves.
    static func makeAdmin(live: LiveContent, lifecycle: ServerLifecycle?) -> Router {
        var router = Router()
        router.notFound = HTTPError(
            HTTPProblem.notFound, detail: "This is the admin listener: it serves /metrics, /healthz and /readyz only.")
        addProbes(to: &router, live: live, lifecycle: lifecycle)
        return router
    }

    /// `GET /healthz` and `GET /readyz`, the same on the public and the admin listener.
    private static func addProbes(to router: inout Router, live: LiveContent, lifecycle: ServerLifecycle?) {
        router.get(healthPath) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return HealthResponse.make(status: "ok", contentVersion: live.contentVersion)
        }
        router.get(readinessPath) { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            if let lifecycle, lifecycle.isDraining { throw APIProblem.notReady("The server is draining and takes no new work.") }
            return HealthResponse.make(status: "ready", contentVersion: live.contentVersion, search: live.semantic.readiness)
        }
    }
}
