import ExplainerContent
import HTTPCore

/// The explainer API as one responder: what `main` hands to the server.
///
///     let lifecycle = ServerLifecycle()
///     let app = ExplainerApp(index: index, configuration: api, lifecycle: lifecycle)
///     let server = Server(configuration: serverConfiguration, responder: app.responder, lifecycle: lifecycle)
///
/// `live` is kept by the caller to reload content (`app.live.replace(with: newIndex)` on SIGHUP).
/// `router` exposes the routes, so a test can compare them with `openapi.yaml`, and so extra routes
/// (`/metrics`) can be added before `responder` is taken.
public struct ExplainerApp: Sendable {
    /// The content being served; replace it to reload.
    public let live: LiveContent
    /// The configuration the app was built with.
    public let configuration: APIConfiguration
    /// Every route, OPTIONS included; add more with `router.get(…)` before reading `responder`.
    public var router: Router
    /// The admin listener's routes: `/healthz` and `/readyz`; add `/metrics` here instead of to
    /// `router` to keep it off the public listener, before reading `adminResponder`.
    public var adminRouter: Router

    private let cors: CORSPolicy

    /// Renders `index` and builds the routes.
    ///
    /// - Parameter lifecycle: the server's; `/readyz` answers 503 once it is draining. Without one,
    ///   the app is ready whenever content is loaded (which it always is once built).
    /// - Parameter semantic: the model and query workers for hybrid search; lexical only by default.
    public init(
        index: ContentIndex, configuration: APIConfiguration = APIConfiguration(), lifecycle: ServerLifecycle? = nil,
        semantic: SemanticSearch = .lexicalOnly
    ) {
        self.configuration = configuration
        live = LiveContent(index: index, configuration: configuration, semantic: semantic)
        cors = CORSPolicy(allowedOrigins: configuration.corsOrigins, maxAge: configuration.corsMaxAge)
        router = APIRoutes.make(live: live, lifecycle: lifecycle, mcpOrigins: MCPOriginPolicy(allowed: configuration.mcpOrigins))
        router.problemTypeBase = configuration.problemTypeBase
        adminRouter = APIRoutes.makeAdmin(live: live, lifecycle: lifecycle)
        adminRouter.problemTypeBase = configuration.problemTypeBase
    }

    /// The body policies of the routes, for `ServerConfiguration.bodyPolicy`: with it the parser
    /// answers 413 and 415 for `POST /v1/signals` before reading the body (without it the router
    /// still refuses such a body, but only once it has been read). Read after every route is added.
    public var bodyPolicy: BodyPolicy.Lookup {
        let router = router
        return { method, path in router.bodyPolicy(for: method, path: path) }
    }

    /// The responder to serve: the routes inside the envelope (CORS, the help link and the content
    /// version on every response).
    public var responder: any Responder { responder(wrapping: { $0 }) }

    /// The responder to serve with `middle` between the envelope and the routes: the rate limit,
    /// whose 429s then carry the same envelope as every other answer.
    public func responder(wrapping middle: (any Responder) -> any Responder) -> any Responder {
        APIEnvelope(inner: middle(routesWithOptions), live: live, cors: cors)
    }

    /// The responder for the admin listener (`ServerConfiguration.admin`): `adminRouter` inside the
    /// same envelope, so a probe's answer carries the same fields on either listener. Never rate
    /// limited: the scrape and the probes are the orchestrator's, not a client's.
    public var adminResponder: any Responder { APIEnvelope(inner: adminRouter, live: live, cors: cors) }

    /// The paths the rate limit never applies to: the probes and `/metrics`, so an orchestrator never
    /// mistakes a limit for an outage.
    public static let unlimitedPaths: Set<String> = [APIRoutes.healthPath, APIRoutes.readinessPath, MetricsRoute.path]

    /// `router` with `OPTIONS` answered on every pattern: `Allow`, and CORS preflights.
    private var routesWithOptions: Router {
        var routes = router
        let cors = cors
        for pattern in routes.patterns {
            let allow = (routes.methods(for: pattern) + [.options]).map(\.rawValue)
            let unique = allow.enumerated().filter { allow.firstIndex(of: $0.element) == $0.offset }.map(\.element)
            routes.add(.options, pattern) { request in
                // An id that cannot name anything (not slug syntax; an asset's name is a slug, a dot
                // and a slug) is 404 here as on GET; a well-formed unknown id still gets its
                // preflight, so the page can read GET's 404.
                for (name, value) in request.pathParameters where !Self.isPathValueSyntax(value, named: name) {
                    throw APIProblem.notFound("resource", id: value, known: [])
                }
                return cors.preflight(request, allow: unique.joined(separator: ", "))
            }
        }
        return routes
    }

    /// Whether `value` has the shape a path parameter called `name` can match: a file name
    /// (`stem.ext`, both in slug syntax) for `/assets/{name}`, slug syntax for every id.
    static func isPathValueSyntax(_ value: String, named name: String) -> Bool {
        guard name == Resource.Kind.stylesheet.capture else { return isSlugSyntax(value) }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { isSlugSyntax(String($0)) }
    }

    /// `[a-z0-9]+(-[a-z0-9]+)*`, at most 128 bytes: the shape of every id the content may hold.
    static func isSlugSyntax(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 128, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        var previousDash = false
        for byte in bytes {
            let dash = byte == UInt8(ascii: "-")
            let alphanumeric = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            guard alphanumeric || (dash && !previousDash) else { return false }
            previousDash = dash
        }
        return true
    }
}
