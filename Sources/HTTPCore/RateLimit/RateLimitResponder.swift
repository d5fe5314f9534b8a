#if canImport(Glibc)
    import Glibc
#endif

/// Wraps a responder with the per-client rate limit: over the limit, a 429 problem+json instead.
///
/// The 429 carries `Retry-After` (RFC 9110 §10.2.3) and the IETF httpapi draft's structured
/// `RateLimit-Policy: "per-client";q=BURST;w=WINDOW` and `RateLimit: "per-client";r=0;t=SECONDS`, so a
/// well-behaved client knows both its allowance and when to come back. Health probes (`/healthz`,
/// `/readyz`) and `/metrics` are never limited: an orchestrator must not mistake a limit for an outage.
public struct RateLimitResponder: Responder {
    /// The responder that answers requests within the limit.
    public let inner: any Responder
    /// The shared bucket table.
    public let limiter: RateLimiter
    /// How the client of a request is identified.
    public let clients: ClientAddress
    /// Paths that bypass the limit.
    public let exempt: Set<String>
    /// Adds what the application puts on every response (CORS, `X-Content-Version`) to a 429, which
    /// never reaches the application; without CORS headers a browser page could not even read it.
    public var decorate: (@Sendable (inout Response, Request) -> Void)?
    /// What the 429's `type` starts with (`ProblemResponse.typeURI`): an origin, or empty for a
    /// relative `/problems/rate-limited`. Default empty.
    public var problemTypeBase = ""

    /// A limited responder; `exempt` paths bypass it.
    public init(
        _ inner: any Responder, limiter: RateLimiter, clients: ClientAddress = ClientAddress(),
        exempt: Set<String> = []
    ) {
        self.inner = inner
        self.limiter = limiter
        self.clients = clients
        self.exempt = exempt
    }

    public func respond(to request: consuming Request) -> Response {
        var response = Response()
        respond(to: request, into: &response)
        return response
    }

    /// `respond(to:)`, written in place (`Responder`): an allowed request's answer is the inner one's.
    public func respond(to request: consuming Request, into response: inout Response) {
        guard !exempt.contains(request.path) else { return inner.respond(to: request, into: &response) }
        switch limiter.decide(client: clients.resolve(request), now: Self.monotonicSeconds()) {
        case .allowed:
            inner.respond(to: request, into: &response)
        case .limited(let retryAfter):
            response = ProblemResponse.make(
                Self.tooManyRequests(policy: limiter.policy, retryAfter: retryAfter), for: request, typeBase: problemTypeBase)
            decorate?(&response, request)
        }
    }

    /// The 429 error with its headers, built in one place so tests and docs agree on the shape.
    public static func tooManyRequests(policy: RateLimitPolicy, retryAfter: Int) -> HTTPError {
        var headers = HTTPHeaders()
        headers.set("Retry-After", String(retryAfter))
        headers.set("RateLimit-Policy", "\"per-client\";q=\(policy.burst);w=\(policy.windowSeconds)")
        headers.set("RateLimit", "\"per-client\";r=0;t=\(retryAfter)")
        return HTTPError(
            HTTPProblem.rateLimited,
            detail: "This client sent more requests than the server allows. Retry after \(retryAfter) s.",
            extensions: [("retry_after", .int(retryAfter))], headers: headers)
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
