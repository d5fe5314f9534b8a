import HTTPCore

extension RenderedContent {
    /// `/openapi.yaml`: the API's description, embedded in the binary so it always matches the routes.
    package func serveOpenAPI(_ request: Request) throws(HTTPError) -> Response {
        _ = try QueryOptions(request.query, for: RouteParameters(names: []))
        return try caching.response(OpenAPIDocument.body, to: request)
    }
}
