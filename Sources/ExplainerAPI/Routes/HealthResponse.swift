import HTTPCore

/// The small, never-cached bodies of `/healthz` and `/readyz`.
enum HealthResponse {
    static func make(status: String, contentVersion: String) -> Response {
        let body = JSONDocument.object([("status", .string(status)), ("content_version", .string(contentVersion))])
        return Response(
            contentType: "application/json; charset=utf-8", body: body.encoded(),
            headers: ["Cache-Control": "no-store"])
    }
}
