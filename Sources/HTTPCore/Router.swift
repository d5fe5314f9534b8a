/// Routes a request by method and path pattern to a handler.
///
/// Patterns are literal segments and `{name}` captures (`/v1/sections/{id}`); a literal segment wins
/// over a capture. HEAD is served by the GET handler (the writer drops the body). A path that matches
/// but lacks the method answers 405 with `Allow`; a method no RFC defines answers 501. Handler errors
/// become problem+json here, in the one place errors meet HTTP.
public struct Router: Responder {
    /// Returns a response, or throws an `HTTPError`; any other error is answered 500 without detail.
    public typealias Handler = @Sendable (Request) throws -> Response

    private struct Route: Sendable {
        let pattern: String
        let segments: [Segment]
        var handlers: [HTTPMethod: Handler]
    }

    private enum Segment: Sendable, Equatable {
        case literal(String)
        case capture(String)
    }

    private var routes: [Route] = []

    public init() {}

    /// The patterns registered, in order, for comparing against the OpenAPI description.
    public var patterns: [String] { routes.map(\.pattern) }

    /// The methods a pattern answers, HEAD included where GET is.
    public func methods(for pattern: String) -> [HTTPMethod] {
        guard let route = routes.first(where: { $0.pattern == pattern }) else { return [] }
        return Self.allowed(route)
    }

    /// Adds a handler for a method and pattern; a later one for the same pair replaces it.
    public mutating func add(_ method: HTTPMethod, _ pattern: String, _ handler: @escaping Handler) {
        let segments = Self.segments(pattern)
        if let i = routes.firstIndex(where: { $0.segments == segments }) {
            routes[i].handlers[method] = handler
        } else {
            routes.append(Route(pattern: pattern, segments: segments, handlers: [method: handler]))
        }
    }

    public mutating func get(_ pattern: String, _ handler: @escaping Handler) { add(.get, pattern, handler) }

    /// The route for a path, its captured parameters and the handler for the method, or why not.
    public func match(_ method: HTTPMethod, path: String) -> Result<(Handler, [String: String]), HTTPError> {
        let parts = Self.pathSegments(path)
        var best: (route: Route, params: [String: String], literals: Int)?
        for route in routes where route.segments.count == parts.count {
            var params: [String: String] = [:]
            var literals = 0
            var ok = true
            for (seg, part) in zip(route.segments, parts) {
                switch seg {
                case .literal(let l):
                    if l == part { literals += 1 } else { ok = false }
                case .capture(let name):
                    if part.isEmpty { ok = false } else { params[name] = part }
                }
                if !ok { break }
            }
            if ok, best == nil || literals > best!.literals { best = (route, params, literals) }
        }
        guard let best else {
            return .failure(
                HTTPError(
                    .notFound, type: "not-found", title: "Not Found",
                    detail: "There is no resource at this path. The API's root, /, lists every resource."))
        }
        let effective = method == .head ? HTTPMethod.get : method
        if let handler = best.route.handlers[effective] ?? best.route.handlers[method] {
            return .success((handler, best.params))
        }
        guard method.isKnown else { return .failure(Self.notImplemented(method)) }
        let allow = Self.allowed(best.route).map(\.rawValue).joined(separator: ", ")
        if method == .options {
            // OPTIONS on a known path without its own handler lists the methods (RFC 9110 §9.3.7).
            return .success(({ _ in Response(status: .noContent, headers: ["Allow": allow]) }, best.params))
        }
        return .failure(
            HTTPError(
                .methodNotAllowed, type: "method-not-allowed", title: "Method Not Allowed",
                detail: "\(method.rawValue) is not allowed here; this resource allows \(allow).",
                headers: ["Allow": allow]))
    }

    public func respond(to request: Request) -> Response {
        guard method(request.method) else { return ProblemResponse.make(Self.notImplemented(request.method), for: request) }
        switch match(request.method, path: request.path) {
        case .failure(let error):
            return ProblemResponse.make(error, for: request)
        case .success(let (handler, params)):
            var request = request
            request.pathParameters = params
            do {
                return try handler(request)
            } catch let error as HTTPError {
                return ProblemResponse.make(error, for: request)
            } catch {
                return ProblemResponse.make(ProblemResponse.internalError, for: request)
            }
        }
    }

    private func method(_ m: HTTPMethod) -> Bool { m.isKnown }

    private static func notImplemented(_ method: HTTPMethod) -> HTTPError {
        HTTPError(
            .notImplemented, type: "not-implemented", title: "Not Implemented",
            detail: "This server does not implement the request method.")
    }

    private static func allowed(_ route: Route) -> [HTTPMethod] {
        var methods = Set(route.handlers.keys)
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        let order: [HTTPMethod] = [.get, .head, .options, .post, .put, .patch, .delete]
        return order.filter { methods.contains($0) }
    }

    private static func segments(_ pattern: String) -> [Segment] {
        pathSegments(pattern).map { part in
            if part.hasPrefix("{"), part.hasSuffix("}") { .capture(String(part.dropFirst().dropLast())) } else { .literal(part) }
        }
    }

    private static func pathSegments(_ path: String) -> [String] {
        if path == "/" { return [] }
        return path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }
}
