import HTTPCore

/// The API's route table: every path the server answers, in the order `/` lists them.
///
/// Handlers take the live snapshot once per request and answer from it alone.
enum APIRoutes {
    static func make(live: LiveContent, lifecycle: ServerLifecycle?) -> Router {
        var router = Router()
        router.get("/") { try live.snapshot.serve($0, RouteParameters(names: ["pretty"])) }
        router.get("/v1/explainer") { try live.snapshot.serve($0, RouteParameters(names: ["pretty"])) }
        router.get("/v1/sections") { try live.snapshot.serve($0, ResourceRenderer.sectionListParameters) }
        router.get("/v1/sections/{id}") { try live.snapshot.serveSection($0) }
        router.get("/v1/claims") { try live.snapshot.serve($0, ResourceRenderer.claimListParameters) }
        router.get("/v1/claims/{id}") { try live.snapshot.serve($0, ResourceRenderer.claimParameters) }
        router.get("/v1/sources") { try live.snapshot.serve($0, ResourceRenderer.sourceListParameters) }
        router.get("/v1/sources/{id}") { try live.snapshot.serve($0, ResourceRenderer.sourceParameters) }
        router.get("/v1/glossary") { try live.snapshot.serve($0, ResourceRenderer.glossaryListParameters) }
        router.get("/v1/glossary/{slug}") { try live.snapshot.serve($0, ResourceRenderer.glossaryParameters) }
        router.get("/v1/support") { try live.snapshot.serveSupport($0) }
        router.get("/v1/search") { try live.snapshot.serveSearch($0) }
        router.get("/openapi.yaml") { try live.snapshot.serveOpenAPI($0) }
        router.get("/healthz") { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            return HealthResponse.make(status: "ok", contentVersion: live.contentVersion)
        }
        router.get("/readyz") { request in
            _ = try QueryOptions(request.query, for: RouteParameters(names: []))
            if let lifecycle, lifecycle.isDraining { throw APIProblem.notReady("The server is draining and takes no new work.") }
            return HealthResponse.make(status: "ready", contentVersion: live.contentVersion)
        }
        return router
    }
}
