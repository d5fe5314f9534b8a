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
}
