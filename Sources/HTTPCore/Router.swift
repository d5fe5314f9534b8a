import Glibc

/// Routes a request by method and path pattern to a handler.
///
/// Patterns are literal segments and `{name}` captures (`/v1/sections/{id}`); a literal segment wins
/// over a capture. HEAD is served by the GET handler (the writer drops the body). A path that matches
/// but lacks the method answers 405 with `Allow`; a method no RFC defines answers 501. Handler errors
/// become problem+json here, in the one place errors meet HTTP.
///
/// A handler may declare a `BodyPolicy` (`post(_:body:_:)`): its largest body and its media types.
/// `bodyPolicy(for:path:)` hands the policy to the parser, which answers 413 and 415 before reading
/// the body, and `respond(to:)` checks it again before the handler runs, so a handler never sees a
/// body outside its policy. A handler without one gets whatever body the global limit lets through.
public struct Router: Responder {
    /// Returns a response, or throws an `HTTPError`; any other error is answered 500 without detail.
    public typealias Handler = @Sendable (Request) throws -> Response

    private struct Route: Sendable {
        let pattern: String
        let segments: [Segment]
        /// How many segments are literal: between two matching routes, the one with more wins.
        let literalCount: Int
        /// Handlers by method, in the order added; a list because a route has one to three, and
        /// comparing a method is cheaper than hashing it.
        var handlers: [MethodHandler]

        /// The index of the method's handler, or nil.
        func handler(for method: HTTPMethod) -> Int? {
            handlers.firstIndex { $0.method == method }
        }
    }

    /// A handler and its method. A struct rather than a tuple: in an array, a tuple's closure is kept at
    /// its most general calling convention and must be wrapped in a thunk to be called; a struct's
    /// field keeps the closure's own.
    private struct MethodHandler: Sendable {
        let method: HTTPMethod
        var handler: Handler
        /// What this handler accepts as a body; nil keeps the parser's global limit and checks nothing.
        var body: BodyPolicy?
    }

    private enum Segment: Sendable, Equatable {
        /// A literal segment's UTF-8 bytes, compared byte for byte with the path's.
        case literal([UInt8])
        case capture(String)
    }

    private var routes: [Route] = []
    /// Indices into `routes`, grouped by segment count, each group ordered by literal count (most
    /// first) and then by registration: the first in a group that matches is the route the rule
    /// "most literal segments wins, the earlier on a tie" picks, so a lookup stops there instead of
    /// trying every route with the path's segment count.
    private var candidates: [Int] = []
    /// Each candidate's first segment as a `SegmentKey`, in `candidates` order: a route whose first
    /// literal differs from the path's is passed over on two integers, without matching it.
    private var candidateKeys: [SegmentKey] = []
    /// Where each segment count's group lies in `candidates`, by segment count; counts beyond the
    /// longest pattern have no entry and match nothing.
    private var groups: [Range<Int>] = []

    /// What a path no pattern matches is answered with; the application words it. Default: a bare 404.
    public var notFound = HTTPError(HTTPProblem.notFound, detail: "There is no resource at this path.")
    /// What every problem's `type` the router answers starts with (`ProblemResponse.typeURI`): the
    /// application's public origin, or empty (the default) for relative `/problems/{slug}`.
    public var problemTypeBase = ""

    public init() {}

    /// The patterns registered, in order, for comparing against the OpenAPI description.
    public var patterns: [String] { routes.map(\.pattern) }

    /// The methods a pattern answers, HEAD included where GET is.
    public func methods(for pattern: String) -> [HTTPMethod] {
        guard let route = routes.first(where: { $0.pattern == pattern }) else { return [] }
        return Self.allowed(route)
    }

    /// Adds a handler for a method and pattern, with the body it accepts (nil: no policy, today's
    /// global limit); a later one for the same pair replaces it, policy included.
    public mutating func add(_ method: HTTPMethod, _ pattern: String, body: BodyPolicy? = nil, _ handler: @escaping Handler) {
        let segments = Self.segments(pattern)
        let entry = MethodHandler(method: method, handler: handler, body: body)
        if let i = routes.firstIndex(where: { $0.segments == segments }) {
            if let j = routes[i].handlers.firstIndex(where: { $0.method == method }) {
                routes[i].handlers[j] = entry
            } else {
                routes[i].handlers.append(entry)
            }
        } else {
            let literals = segments.count { if case .literal = $0 { true } else { false } }
            routes.append(Route(pattern: pattern, segments: segments, literalCount: literals, handlers: [entry]))
            index()
        }
    }

    /// Rebuilds `candidates` and `groups` after a route is added: once per pattern at start-up.
    private mutating func index() {
        let routes = self.routes
        // The sort is stable, so routes with the same counts keep their registration order.
        candidates = routes.indices.sorted { a, b in
            let (x, y) = (routes[a], routes[b])
            if x.segments.count != y.segments.count { return x.segments.count < y.segments.count }
            return x.literalCount > y.literalCount
        }
        candidateKeys = candidates.map { SegmentKey(routes[$0].segments.first) }
        let longest = routes.map(\.segments.count).max() ?? 0
        groups = (0...longest).map { count in
            let start = candidates.firstIndex { routes[$0].segments.count >= count } ?? candidates.count
            let end = candidates[start...].firstIndex { routes[$0].segments.count > count } ?? candidates.count
            return start..<end
        }
    }

    /// Adds a GET handler, which serves HEAD too.
    public mutating func get(_ pattern: String, _ handler: @escaping Handler) { add(.get, pattern, handler) }

    /// Adds a POST handler that reads `Request.body`, accepted only within `body`.
    public mutating func post(_ pattern: String, body: BodyPolicy, _ handler: @escaping Handler) {
        add(.post, pattern, body: body, handler)
    }

    /// The body policy of the handler a method and decoded path go to, or nil: the lookup the parser
    /// takes (`BodyPolicy.Lookup`). Asked only for requests that announce a body, so the second
    /// match it costs falls on them alone, never on a GET.
    public func bodyPolicy(for method: HTTPMethod, path: String) -> BodyPolicy? {
        guard case .found(let route, let handler, _) = route(method, path: path) else { return nil }
        return routes[route].handlers[handler].body
    }

    /// The route for a path, its captured parameters and the handler for the method, or why not.
    public func match(_ method: HTTPMethod, path: String) -> Result<(Handler, PathParameters), HTTPError> {
        switch route(method, path: path) {
        case .found(let route, let handler, let params): .success((routes[route].handlers[handler].handler, params))
        case .options(let allow, _, let params): .success((Self.options(allow), params))
        case .refused(let error, _): .failure(error)
        }
    }

    /// What `route` found: where the handler is, with the path's parameters, or the error to answer.
    ///
    /// Indices rather than the handler itself: a closure moved through a generic payload (`Result`,
    /// `Optional`) is converted to its most general calling convention by a thunk allocated per
    /// request, and called through it; called from where it is stored, it is not.
    private enum Routing {
        case found(route: Int, handler: Int, PathParameters)
        /// OPTIONS on a path whose route has no OPTIONS handler, with the methods to list.
        case options(allow: String, route: Int, PathParameters)
        /// With the route when the path matched one (405), so the response is stamped with it.
        case refused(HTTPError, route: Int? = nil)
    }

    /// The answer to OPTIONS on a known path without its own handler (RFC 9110 §9.3.7).
    private static func options(_ allow: String) -> Handler {
        { _ in Response(status: .noContent, headers: ["Allow": allow]) }
    }

    /// `match`, for every request: it counts the path's segments in place, tries only the routes with
    /// that many in their `candidates` order and stops at the first that matches, so the only
    /// allocations are captured values longer than a small string.
    private func route(_ method: HTTPMethod, path: String) -> Routing {
        var path = path
        let found: (index: Int, params: PathParameters)? = path.withUTF8 { bytes in
            let parts = Self.segmentStart(bytes)
            let start = parts ?? bytes.count
            let count = parts.map { Self.segmentCount(bytes, from: $0) } ?? 0
            guard count < groups.count else { return nil }
            let key = parts.map { SegmentKey(bytes, from: $0) } ?? SegmentKey(nil)
            for candidate in groups[count] where candidateKeys[candidate].admits(key) {
                let i = candidates[candidate]
                if Self.matches(routes[i].segments, bytes, from: start) {
                    return (i, Self.parameters(routes[i].segments, bytes, from: start))
                }
            }
            return nil
        }
        guard let found else { return .refused(notFound) }
        let effective = method == .head ? HTTPMethod.get : method
        // Asked of `routes[...]` in place: a local copy of the route retains and releases its fields.
        if let handler = routes[found.index].handler(for: effective) ?? routes[found.index].handler(for: method) {
            return .found(route: found.index, handler: handler, found.params)
        }
        let route = routes[found.index]
        guard method.isKnown else { return .refused(Self.notImplemented(method)) }
        let allow = Self.allowed(route).map(\.rawValue).joined(separator: ", ")
        if method == .options { return .options(allow: allow, route: found.index, found.params) }
        return .refused(
            HTTPError(
                HTTPProblem.methodNotAllowed,
                detail: "\(method.rawValue) is not allowed here; this resource allows \(allow).",
                headers: ["Allow": allow]), route: found.index)
    }

    /// The matched handler's response with the path parameters filled in, or the problem response for
    /// an unknown method (501), an unknown path (404), a method the path lacks (405) or a handler error.
    public func respond(to request: consuming Request) -> Response {
        var response = Response()
        respond(to: request, into: &response)
        return response
    }

    /// `respond(to:)`, written in place: the handler's response is stamped with the route where it lies.
    public func respond(to request: consuming Request, into response: inout Response) {
        guard request.method.isKnown else {
            response = ProblemResponse.make(Self.notImplemented(request.method), for: request, typeBase: problemTypeBase)
            return
        }
        switch route(request.method, path: request.path) {
        case .refused(let error, let route):
            response = ProblemResponse.make(error, for: request, typeBase: problemTypeBase)
            response.route = route.map { routes[$0].pattern }
        case .options(let allow, let route, _):
            response = Response(status: .noContent, headers: ["Allow": allow])
            response.route = routes[route].pattern
        case .found(let route, let handler, let params):
            // The request is this call's own, so its parameters are set in place, without a copy.
            if !params.isEmpty || !request.pathParameters.isEmpty { request.pathParameters = params }
            call(route, handler, request, into: &response)
            response.route = routes[route].pattern
        }
    }

    /// The handler's response, or the problem response for its body policy's refusal or the error it threw.
    private func call(_ route: Int, _ handler: Int, _ request: Request, into response: inout Response) {
        if let policy = routes[route].handlers[handler].body,
            let refusal = policy.refusal(contentType: request.headers["Content-Type"], length: request.body.count, method: request.method)
        {
            response = ProblemResponse.make(refusal.problem, for: request, typeBase: problemTypeBase)
            return
        }
        do {
            response = try routes[route].handlers[handler].handler(request)
        } catch let error as HTTPError {
            response = ProblemResponse.make(error, for: request, typeBase: problemTypeBase)
        } catch {
            response = ProblemResponse.make(ProblemResponse.internalError, for: request, typeBase: problemTypeBase)
        }
    }

    private static func notImplemented(_ method: HTTPMethod) -> HTTPError {
        HTTPError(
            HTTPProblem.notImplemented,
            detail: "This server does not implement the request method.")
    }

    private static func allowed(_ route: Route) -> [HTTPMethod] {
        var methods = Set(route.handlers.map(\.method))
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        let order: [HTTPMethod] = [.get, .head, .options, .post, .query, .put, .patch, .delete]
        return order.filter { methods.contains($0) }
    }

    private static func segments(_ pattern: String) -> [Segment] {
        let parts: [Substring] =
            pattern == "/" ? [] : Array(pattern.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
        return parts.map { part in
            if part.hasPrefix("{"), part.hasSuffix("}") {
                .capture(String(part.dropFirst().dropLast()))
            } else {
                .literal(Array(part.utf8))
            }
        }
    }

    private static let slash = UInt8(ascii: "/")

    /// Where the path's first segment starts, or nil when it has none: `/` and a path without a slash
    /// have no segments; otherwise the segments are what follows the first slash, split at each slash,
    /// empty ones included (`/a//b` has three).
    private static func segmentStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.count == 1, bytes[0] == slash { return nil }
        guard let first = bytes.firstIndex(of: slash) else { return nil }
        return first + 1
    }

    /// How many segments a path has from `start`: one more than the slashes after it.
    private static func segmentCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var count = 1
        for i in start..<bytes.count where bytes[i] == slash { count += 1 }
        return count
    }

    /// Whether the segments from `start` on match the pattern's; the caller has checked the count.
    ///
    /// A literal is compared in place and then must be followed by a slash or the path's end, so only
    /// a capture that is not the last segment is scanned for its end.
    private static func matches(_ segments: [Segment], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var start = start
        // Switched on in place, as `parameters` does: enumerating copied each segment out, retaining
        // its payload, for every candidate route of every request.
        for n in segments.indices {
            let end: Int
            switch segments[n] {
            case .literal(let literal):
                end = start + literal.count
                guard end == bytes.count || (end < bytes.count && bytes[end] == slash) else { return false }
                // An empty literal (`/a//b`) has no storage to compare, and matched on its length.
                let equal = literal.withUnsafeBufferPointer { literal in
                    guard let base = literal.baseAddress, let path = bytes.baseAddress else { return true }
                    return memcmp(base, path + start, literal.count) == 0
                }
                if !equal { return false }
            case .capture:
                end = segmentEnd(bytes, from: start, last: n == segments.count - 1)
                if end == start { return false }
            }
            start = end + 1
        }
        return true
    }

    /// Where the segment at `start` ends: the path's end for the last one (the caller has checked the
    /// count, so no slash follows), else the next slash.
    private static func segmentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, last: Bool) -> Int {
        if last { return bytes.count }
        var end = start
        while end < bytes.count, bytes[end] != slash { end += 1 }
        return end
    }

    /// The captured segments of a path that matched, by capture name.
    private static func parameters(_ segments: [Segment], _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> PathParameters {
        var params = PathParameters()
        var start = start
        // Switched on in place: enumerating copied each segment out, retaining its payload.
        for n in segments.indices {
            switch segments[n] {
            case .literal(let literal):
                start += literal.count + 1
            case .capture(let name):
                let end = segmentEnd(bytes, from: start, last: n == segments.count - 1)
                params[name] = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                start = end + 1
            }
        }
        return params
    }

    /// A first segment reduced to its length and first eight bytes (a capture to `capture`), so most
    /// routes that cannot match a path are told apart from it without comparing their segments.
    private struct SegmentKey: Sendable {
        /// The literal's length, or -1 for a capture (or no segment: the root).
        let length: Int
        /// Up to the first eight bytes, little-endian, zero-padded.
        let prefix: UInt64

        init(_ segment: Segment?) {
            guard case .literal(let bytes) = segment else {
                length = -1
                prefix = 0
                return
            }
            length = bytes.count
            prefix = bytes.withUnsafeBufferPointer { Self.prefix(of: $0, count: $0.count) }
        }

        /// The key of the path's segment starting at `start`.
        init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
            var end = start
            while end < bytes.count, bytes[end] != Router.slash { end += 1 }
            length = end - start
            prefix = Self.prefix(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), count: length)
        }

        private static func prefix(of bytes: UnsafeBufferPointer<UInt8>, count: Int) -> UInt64 {
            var value: UInt64 = 0
            for i in 0..<min(count, 8) { value |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            return value
        }

        /// Whether a route whose first segment has this key may match a path whose first segment has
        /// `path`: a capture takes any non-empty segment; a literal needs the same length and prefix.
        func admits(_ path: SegmentKey) -> Bool {
            length < 0 ? path.length != 0 : length == path.length && prefix == path.prefix
        }
    }
}
