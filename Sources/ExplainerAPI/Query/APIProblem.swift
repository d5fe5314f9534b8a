import HTTPCore

/// The API's client errors, each an `HTTPError` that `Router` renders as problem+json.
///
/// Every one names what to fix: the `parameter` that was wrong and the values it takes, or the
/// nearest ids when a resource does not exist. None carries internal text.
package enum APIProblem {
    /// 400 for a query parameter with a value the resource does not take.
    package static func badParameter(_ name: String, _ detail: String, allowed: [String] = [], suggestions: [String] = []) -> HTTPError {
        var extensions: [(String, ProblemValue)] = [("parameter", .string(name))]
        if !allowed.isEmpty { extensions.append(("allowed", .strings(allowed))) }
        if !suggestions.isEmpty { extensions.append(("suggestions", .strings(suggestions))) }
        return HTTPError(APIProblemType.invalidParameter, detail: detail, extensions: extensions)
    }

    /// 400 for a query parameter the resource does not know: a typo (`limt`) is reported, not ignored,
    /// so a client never believes a filter applied when it did not.
    package static func unknownParameter(_ name: String, known: [String]) -> HTTPError {
        let shown = String(name.prefix(64))
        let detail =
            known.isEmpty
            ? "This resource takes no query parameters; '\(shown)' is not one of them."
            : "'\(shown)' is not a query parameter of this resource."
        var extensions: [(String, ProblemValue)] = [("parameter", .string(shown)), ("allowed", .strings(known))]
        let near = Suggestions.nearest(to: name, among: known, limit: 1)
        if !near.isEmpty { extensions.append(("suggestions", .strings(near))) }
        return HTTPError(APIProblemType.unknownParameter, detail: detail, extensions: extensions)
    }

    /// 400 for a request body that is not what the route takes: `member` names the JSON member at
    /// fault, nil when the body as a whole is (not JSON, not an object). Never quotes the body, which
    /// may be what a person in distress wrote.
    package static func badBody(_ member: String?, _ detail: String) -> HTTPError {
        HTTPError(APIProblemType.invalidBody, detail: detail, extensions: member.map { [("member", .string($0))] } ?? [])
    }

    /// 404 for an id that names nothing, with the nearest ids that do.
    package static func notFound(_ kind: String, id: String, known: [String]) -> HTTPError {
        let shown = String(id.prefix(64))
        return HTTPError(
            HTTPProblem.notFound, detail: "There is no \(kind) with id '\(shown)'.",
            extensions: [("id", .string(shown)), ("suggestions", .strings(Suggestions.nearest(to: id, among: known)))])
    }

    /// 503 from `/readyz` while content is not loaded or the server is draining.
    package static func notReady(_ reason: String) -> HTTPError {
        HTTPError(
            APIProblemType.notReady, detail: reason,
            headers: ["Retry-After": "5"])
    }
}
