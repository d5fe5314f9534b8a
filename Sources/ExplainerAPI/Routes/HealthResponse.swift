import HTTPCore

/// The small, never-cached bodies of `/healthz` and `/readyz`.
enum HealthResponse {
    /// The probe's body; `search` (readiness only) says whether hybrid search runs, and with which model.
    static func make(status: String, contentVersion: String, search: JSONDocument? = nil) -> Response {
        var fields: [(String, JSONDocument)] = [("status", .string(status)), ("content_version", .string(contentVersion))]
        if let search { fields.append(("search", search)) }
        let body = JSONDocument.object(fields)
        return Response(
            contentType: "application/json; charset=utf-8", body: body.encoded(),
            headers: ["Cache-Control": "no-store"])
    }
}
