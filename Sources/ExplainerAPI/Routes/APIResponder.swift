import HTTPCore

/// Wraps the router with what every response carries, errors included: CORS headers, the
/// `Link: </v1/support>; rel="help"` pointer and `X-Content-Version`.
///
/// Content handlers set the version themselves from the snapshot they answered with; only responses
/// that did not touch content (404 from the router, 405, preflights) get it here.
struct APIResponder: Responder {
    let router: Router
    let live: LiveContent
    let cors: CORSPolicy

    func respond(to request: Request) -> Response {
        var response = router.respond(to: request)
        // A preflight's CORS headers are the preflight's own decision; don't add them back here.
        if request.method != .options { cors.apply(to: &response, for: request) }
        if !response.headers.contains("X-Content-Version") { response.headers.set("X-Content-Version", live.contentVersion) }
        if !response.headers.contains("Link") { response.headers.set("Link", ResponseCaching.helpLink) }
        return response
    }
}
