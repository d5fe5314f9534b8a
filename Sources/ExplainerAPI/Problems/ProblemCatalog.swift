import HTTPCore

/// Every problem type the server answers with (HTTP's own, `HTTPProblem`, then the API's,
/// `APIProblemType`), each with its page's words; the switches are exhaustive, so a new kind does
/// not compile until it is described.
package enum ProblemCatalog {
    /// Every type, in the order `/problems` lists them.
    package static let all: [ProblemDescription] =
        HTTPProblem.allCases.map(describe) + APIProblemType.allCases.map(describe)

    /// The description for a slug, or nil when no problem type has it.
    package static func description(slug: String) -> ProblemDescription? {
        all.first { $0.slug == slug }
    }

    static func describe(_ kind: HTTPProblem) -> ProblemDescription {
        switch kind {
        case .badRequest:
            ProblemDescription(
                kind, meaning: "The request is not valid HTTP/1.1, or its framing is ambiguous, so the server cannot read it.",
                advice: "Send a well-formed request; most HTTP libraries do. `detail` says what was wrong.")
        case .uriTooLong:
            ProblemDescription(
                kind, meaning: "The request line (method, path and query) is longer than the server reads.",
                advice: "Shorten the query: search queries are at most 512 bytes.")
        case .headerFieldsTooLarge:
            ProblemDescription(
                kind, meaning: "The request's header fields are larger or more numerous than the server reads.",
                advice: "Send fewer or smaller header fields (large cookies are the usual cause).")
        case .contentTooLarge:
            ProblemDescription(
                kind, meaning: "The request body is larger than the route takes; the server refused it before reading it.",
                advice: "Send a smaller body: POST /v1/signals takes at most 8 KiB.")
        case .unsupportedMediaType:
            ProblemDescription(
                kind, meaning: "The request body is not of a media type the route takes.",
                advice: "Send the body with one of the types in `accepted` (and in the `Accept-Post` field), such as application/json.")
        case .expectationFailed:
            ProblemDescription(
                kind, meaning: "The request's Expect field asks for something other than 100-continue.",
                advice: "Send no Expect field, or Expect: 100-continue.")
        case .httpVersionNotSupported:
            ProblemDescription(
                kind, meaning: "The request is neither HTTP/1.1 nor HTTP/1.0.", advice: "Speak HTTP/1.1 to this server.")
        case .notFound:
            ProblemDescription(
                kind, meaning: "Nothing is at this path, or no resource has this id.",
                advice: "Check the id against `suggestions`, or start from / or /openapi.yaml, which list every resource.")
        case .methodNotAllowed:
            ProblemDescription(
                kind, meaning: "The path exists, but not with this method.",
                advice: "Use one of the methods in the `Allow` field: GET and HEAD for resources, POST for /v1/signals.")
        case .notAcceptable:
            ProblemDescription(
                kind, meaning: "No representation of the resource is one the request's Accept field allows.",
                advice: "Accept one of the media types openapi.yaml lists for the route, or send Accept: */*.")
        case .requestTimeout:
            ProblemDescription(
                kind, meaning: "The request did not arrive completely within the server's time limit.",
                advice: "Send the whole request promptly on a new connection.")
        case .rateLimited:
            ProblemDescription(
                kind, meaning: "This client sent more requests than the server allows per client.",
                advice:
                    "Wait the seconds in `Retry-After` (and `retry_after`) before the next request; the RateLimit fields give the allowance."
            )
        case .internalError:
            ProblemDescription(
                kind, meaning: "The server failed for a reason the request did not cause. It has been logged.",
                advice: "Try again later; if it persists, tell the operator the `request_id`.")
        case .notImplemented:
            ProblemDescription(
                kind, meaning: "The request method is not one this server implements.",
                advice: "Use GET, HEAD or OPTIONS (POST for /v1/signals).")
        case .tlsRequired:
            ProblemDescription(
                kind, meaning: "Plain HTTP was sent to a port that speaks only HTTPS.", advice: "Use an https:// URL.")
        }
    }

    static func describe(_ kind: APIProblemType) -> ProblemDescription {
        switch kind {
        case .invalidParameter:
            ProblemDescription(
                kind, meaning: "A query parameter has a value the resource does not take, or is given twice.",
                advice: "Fix the parameter named in `parameter`; `allowed` or `suggestions` list values it takes.")
        case .unknownParameter:
            ProblemDescription(
                kind,
                meaning:
                    "The resource takes no query parameter of this name. It is refused, not ignored, so a typo never looks like a filter that applied.",
                advice: "Use one of the names in `allowed`, as openapi.yaml lists them for the route.")
        case .invalidBody:
            ProblemDescription(
                kind, meaning: "The request body is not the JSON the route takes: not JSON, not an object, or a member of the wrong shape.",
                advice:
                    "Fix the member named in `member`; POST /v1/signals takes {\"text\": string, \"context\": [string], \"country\": \"GB\"}."
            )
        case .notReady:
            ProblemDescription(
                kind, meaning: "The server is starting or draining and takes no new work.",
                advice: "Send traffic to another instance, or ask again after `Retry-After` seconds.")
        }
    }
}
