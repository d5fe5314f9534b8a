import HTTPCore
import Testing

@Suite("Router")
struct RouterTests {
    var router: Router {
        var r = Router()
        r.get("/items/{id}") { request in Response(contentType: "text/plain", body: Array((request.pathParameters["id"] ?? "").utf8)) }
        r.get("/items/special") { _ in Response(contentType: "text/plain", body: Array("special".utf8)) }
        return r
    }

    @Test("captures and literal-over-capture")
    func matching() {
        #expect(router.respond(to: Request(method: .get, target: "/items/42")).body == Array("42".utf8))
        #expect(router.respond(to: Request(method: .get, target: "/items/special")).body == Array("special".utf8))
        #expect(router.respond(to: Request(method: .get, target: "/items/a%20b")).body == Array("a b".utf8))
    }

    @Test("a known method the route lacks is 405 with Allow; an unknown one is 501")
    func methods() {
        let post = router.respond(to: Request(method: .post, target: "/items/1"))
        #expect(post.status == .methodNotAllowed)
        #expect(post.headers["Allow"] == "GET, HEAD, OPTIONS")
        #expect(post.headers["Content-Type"] == "application/problem+json")
        let brew = router.respond(to: Request(method: HTTPMethod(rawValue: "BREW"), target: "/items/1"))
        #expect(brew.status == .notImplemented)
    }

    @Test("OPTIONS on a known path without a handler is 204 with Allow")
    func options() {
        let r = router.respond(to: Request(method: .options, target: "/items/1"))
        #expect(r.status == .noContent)
        #expect(r.headers["Allow"] == "GET, HEAD, OPTIONS")
    }

    @Test("an unknown path is a 404 problem")
    func notFound() {
        let r = router.respond(to: Request(method: .get, target: "/nope"))
        #expect(r.status == .notFound)
        #expect(r.headers["Content-Type"] == "application/problem+json")
    }

    @Test("a response names the pattern of the route that answered, errors and OPTIONS included; none for 404")
    func routePattern() {
        var r = router
        r.get("/fails/{id}") { _ in throw HTTPError(.badRequest, type: "bad", title: "Bad", detail: "no") }
        #expect(r.respond(to: Request(method: .get, target: "/items/42")).route == "/items/{id}")
        #expect(r.respond(to: Request(method: .get, target: "/items/special")).route == "/items/special")
        #expect(r.respond(to: Request(method: .get, target: "/fails/1")).route == "/fails/{id}")
        #expect(r.respond(to: Request(method: .options, target: "/items/1")).route == "/items/{id}")
        #expect(r.respond(to: Request(method: .get, target: "/nope")).route == nil)
    }

    @Test("match hands back the captured parameters by name")
    func matchParameters() throws {
        guard case .success(let (_, params)) = router.match(.get, path: "/items/42") else {
            Issue.record("no match")
            return
        }
        #expect(params["id"] == "42")
        #expect(params == ["id": "42"])
        guard case .success(let (_, none)) = router.match(.head, path: "/items/special") else {
            Issue.record("HEAD did not match the GET route")
            return
        }
        #expect(none.isEmpty)
    }

    @Test("a handler added for a method no RFC defines still answers 501")
    func unknownMethodHandler() {
        var r = router
        r.add(HTTPMethod(rawValue: "BREW"), "/items/{id}") { _ in Response(status: .noContent) }
        #expect(r.respond(to: Request(method: HTTPMethod(rawValue: "BREW"), target: "/items/1")).status == .notImplemented)
    }

    @Test("a later handler for the same method and pattern replaces the earlier one")
    func replaceHandler() {
        var r = router
        r.get("/items/{id}") { _ in Response(contentType: "text/plain", body: Array("new".utf8)) }
        #expect(r.respond(to: Request(method: .get, target: "/items/1")).body == Array("new".utf8))
        #expect(r.methods(for: "/items/{id}") == [.get, .head, .options])
    }

    @Test("a route without captures hands over no path parameters, even when the request carried some")
    func noCaptures() {
        var r = Router()
        r.get("/plain") { request in Response(contentType: "text/plain", body: Array("\(request.pathParameters.count)".utf8)) }
        var request = Request(method: .get, target: "/plain")
        #expect(r.respond(to: request).body == Array("0".utf8))
        request.pathParameters = ["stale": "x"]
        #expect(r.respond(to: request).body == Array("0".utf8))
    }

    /// The pattern that answered a GET for a path, or nil for a 404.
    private func answer(_ router: Router, _ path: String) -> String? {
        router.respond(to: Request(method: .get, target: path)).route
    }

    /// A router whose handlers answer with nothing but their pattern, added in the given order.
    private func router(_ patterns: [String]) -> Router {
        var r = Router()
        for pattern in patterns { r.get(pattern) { _ in Response(status: .noContent) } }
        return r
    }

    @Test("the route with more literal segments wins whichever was added first")
    func literalWinsInAnyOrder() {
        for patterns in [["/items/{id}", "/items/special"], ["/items/special", "/items/{id}"]] {
            let r = router(patterns)
            #expect(answer(r, "/items/special") == "/items/special")
            #expect(answer(r, "/items/other") == "/items/{id}")
        }
        for patterns in [["/a/{x}/{y}", "/{p}/b/c"], ["/{p}/b/c", "/a/{x}/{y}"]] {
            #expect(answer(router(patterns), "/a/b/c") == "/{p}/b/c")
        }
    }

    @Test("between routes with as many literal segments, the one added first wins")
    func tieGoesToTheEarlier() {
        #expect(answer(router(["/a/{x}", "/{y}/b"]), "/a/b") == "/a/{x}")
        #expect(answer(router(["/{y}/b", "/a/{x}"]), "/a/b") == "/{y}/b")
    }

    @Test("a literal segment matches only the whole path segment, not a prefix or an extension of it")
    func literalIsWholeSegment() {
        let r = router(["/items/special", "/items/{id}", "/v1/sections"])
        #expect(answer(r, "/items/specialty") == "/items/{id}")
        #expect(answer(r, "/items/spec") == "/items/{id}")
        #expect(answer(r, "/v1/section") == nil)
        #expect(answer(r, "/v1/sectionsx") == nil)
    }

    @Test("adding a pattern again keeps one route with both methods")
    func samePatternTwice() {
        var r = router(["/items/{id}", "/other"])
        r.add(.delete, "/items/{id}") { _ in Response(status: .noContent) }
        #expect(r.patterns == ["/items/{id}", "/other"])
        #expect(r.methods(for: "/items/{id}") == [.get, .head, .options, .delete])
        #expect(answer(r, "/items/1") == "/items/{id}")
        #expect(r.respond(to: Request(method: .delete, target: "/items/1")).route == "/items/{id}")
    }

    @Test("the root pattern matches only the root path")
    func root() {
        let r = router(["/", "/{name}"])
        #expect(answer(r, "/") == "/")
        #expect(answer(r, "/x") == "/{name}")
        #expect(answer(router(["/{name}"]), "/") == nil)
    }

    @Test("a trailing slash is an empty last segment: it matches only a pattern that has one")
    func trailingSlash() {
        let r = router(["/items/{id}", "/list/"])
        #expect(answer(r, "/items/42/") == nil)
        #expect(answer(r, "/list/") == "/list/")
        #expect(answer(r, "/list") == nil)
    }

    @Test("an empty segment matches an empty literal, never a capture")
    func emptySegments() {
        let r = router(["/a//b", "/c/{x}/d"])
        #expect(answer(r, "/a//b") == "/a//b")
        #expect(answer(r, "/a/b") == nil)
        #expect(answer(r, "/c//d") == nil)
        #expect(answer(r, "/c/x/d") == "/c/{x}/d")
    }

    @Test("a path with more segments than any pattern is 404")
    func longerThanEveryPattern() {
        #expect(answer(router(["/a/{x}"]), "/a/b/c/d/e") == nil)
        #expect(answer(Router(), "/") == nil)
    }

    @Test("captures in the middle and at the end are both handed over")
    func middleAndLastCaptures() {
        var r = Router()
        r.get("/{a}/x/{b}") { request in
            let params = request.pathParameters
            return Response(contentType: "text/plain", body: Array("\(params["a"] ?? "")-\(params["b"] ?? "")".utf8))
        }
        #expect(r.respond(to: Request(method: .get, target: "/one/x/two")).body == Array("one-two".utf8))
    }
}
