import Foundation
import HTTPCore
import HTTPTesting
import Testing

/// Per-route request bodies (issue 15): a route's `BodyPolicy` bounds its body and its media types,
/// checked before the body is read; a route without one keeps the global limit.
@Suite("Router: per-route body policies, through real sockets")
struct BodyPolicyTests {
    static let limit = 16
    static let json = BodyPolicy(maxBytes: limit, mediaTypes: ["application/json"])

    static let router: Router = {
        var r = Router()
        r.post("/echo", body: json) { request in Response(contentType: "application/json", body: request.body) }
        // Above the global 64 KiB: a policy replaces the limit for its route, in both directions.
        r.post("/large", body: BodyPolicy(maxBytes: 128 * 1024, mediaTypes: ["application/octet-stream"])) { request in
            Response(contentType: "text/plain", body: Array("\(request.body.count)".utf8))
        }
        r.add(.put, "/open") { request in Response(contentType: "text/plain", body: Array("\(request.body.count)".utf8)) }
        r.get("/echo") { _ in Response(contentType: "text/plain", body: Array("get".utf8)) }
        return r
    }()

    static func withServer(_ body: @escaping @Sendable (TestServer) async throws -> Void) async throws {
        try await TestServer.with(responder: router, configure: { $0.bodyPolicy = router.bodyPolicy }, body)
    }

    static func post(_ path: String, type: String?, body: [UInt8]) -> [UInt8] {
        let typeLine = type.map { "Content-Type: \($0)\r\n" } ?? ""
        return Array("POST \(path) HTTP/1.1\r\nHost: t\r\n\(typeLine)Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    static func chunked(_ path: String, type: String, chunks: [Int]) -> [UInt8] {
        var text = "POST \(path) HTTP/1.1\r\nHost: t\r\nContent-Type: \(type)\r\nTransfer-Encoding: chunked\r\n\r\n"
        for size in chunks { text += String(size, radix: 16) + "\r\n" + String(repeating: "a", count: size) + "\r\n" }
        return Array((text + "0\r\n\r\n").utf8)
    }

    @Test("a body exactly at the route's limit reaches the handler; one more byte is 413, then the close")
    func atAndOverTheLimit() async throws {
        try await Self.withServer { server in
            let client = try server.client()
            let body = [UInt8](repeating: UInt8(ascii: "x"), count: Self.limit)
            try client.send(Self.post("/echo", type: "application/json", body: body))
            let ok = try client.readResponse()
            #expect(ok.status == 200)
            #expect(ok.body == body)
            try client.send(Self.post("/echo", type: "application/json", body: body + [UInt8(ascii: "x")]))
            let over = try client.readResponse()
            #expect(over.status == 413)
            #expect(over.headers["Connection"] == "close")
            #expect(over.headers["Content-Type"] == "application/problem+json")
        }
    }

    @Test("a Content-Length over the limit is answered before the body is sent, and invites no 100 Continue")
    func refusedBeforeTheBody() async throws {
        try await Self.withServer { server in
            let client = try server.client()
            let head = "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
            try client.send(head + "Content-Length: 17\r\n\r\n")
            let r = try client.readResponse()
            #expect(r.status == 413)
            #expect(try client.waitForClose())
        }
    }

    @Test("a chunked body is cut at the limit with 413; one that ends at the limit is read whole")
    func chunkedBodies() async throws {
        try await Self.withServer { server in
            let atLimit = try server.client()
            try atLimit.send(Self.chunked("/echo", type: "application/json", chunks: [10, 6]))
            let ok = try atLimit.readResponse()
            #expect(ok.status == 200)
            #expect(ok.body.count == Self.limit)
            let over = try server.client()
            try over.send(Self.chunked("/echo", type: "application/json", chunks: [10, 6, 1]))
            let r = try over.readResponse()
            #expect(r.status == 413)
            #expect(r.headers["Connection"] == "close")
        }
    }

    @Test("another media type, or none, is 415 with Accept-Post; parameters and case do not matter")
    func mediaTypes() async throws {
        try await Self.withServer { server in
            for type in ["text/plain", "application/jsonx", nil] as [String?] {
                let client = try server.client()
                try client.send(Self.post("/echo", type: type, body: Array("{}".utf8)))
                let r = try client.readResponse()
                #expect(r.status == 415, "\(String(describing: type))")
                #expect(r.headers["Accept-Post"] == "application/json")
                #expect(r.headers["Content-Type"] == "application/problem+json")
                let json = try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any]
                #expect(json?["type"] as? String == "/problems/unsupported-media-type")
            }
            let client = try server.client()
            for type in ["application/json; charset=utf-8", "Application/JSON"] {
                try client.send(Self.post("/echo", type: type, body: Array("{}".utf8)))
                let r = try client.readResponse()
                #expect(r.status == 200, "\(type)")
                #expect(r.text == "{}")
            }
        }
    }

    @Test("a policy above the global limit lets its own route take more, and only that route")
    func policyAboveTheGlobalLimit() async throws {
        try await Self.withServer { server in
            let body = [UInt8](repeating: 0, count: 100 * 1024)
            let client = try server.client()
            try client.send(Self.post("/large", type: "application/octet-stream", body: body))
            let r = try client.readResponse()
            #expect(r.status == 200)
            #expect(r.text == "\(body.count)")
            let open = try server.client()
            try open.send(Array("PUT /open HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
            #expect(try open.readResponse().status == 413)
        }
    }

    @Test("a route without a policy keeps today's behaviour: any type, up to the global limit")
    func routeWithoutAPolicy() async throws {
        try await Self.withServer { server in
            let client = try server.client()
            let body = [UInt8](repeating: 1, count: 1000)
            try client.send(Array("PUT /open HTTP/1.1\r\nHost: t\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body)
            let r = try client.readResponse()
            #expect(r.status == 200)
            #expect(r.text == "1000")
            try client.send("GET /echo HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "get")
            try client.send("DELETE /echo HTTP/1.1\r\nHost: t\r\n\r\n")
            let r405 = try client.readResponse()
            #expect(r405.status == 405)
            #expect(r405.headers["Allow"] == "GET, HEAD, OPTIONS, POST")
        }
    }

    @Test("the router applies the policy itself when no parser asked for it")
    func routerChecksWithoutTheParser() {
        var headers = HTTPHeaders()
        headers.set("Content-Type", "text/plain")
        let wrongType = Self.router.respond(to: Request(method: .post, target: "/echo", headers: headers, body: Array("{}".utf8)))
        #expect(wrongType.status.code == 415)
        #expect(wrongType.headers["Accept-Post"] == "application/json")
        headers.set("Content-Type", "application/json")
        let tooLarge = Self.router.respond(
            to: Request(method: .post, target: "/echo", headers: headers, body: [UInt8](repeating: 0, count: Self.limit + 1)))
        #expect(tooLarge.status.code == 413)
        let ok = Self.router.respond(to: Request(method: .post, target: "/echo", headers: headers, body: Array("{}".utf8)))
        #expect(ok.status.code == 200)
    }

    @Test("the parser applies the lookup's limit at limit and limit + 1, whole and byte by byte")
    func parserLimit() throws {
        let lookup: BodyPolicy.Lookup = { method, path in method == .post && path == "/p" ? Self.json : nil }
        for (count, refused) in [(Self.limit, false), (Self.limit + 1, true)] {
            let bytes = Self.post("/p", type: "application/json", body: [UInt8](repeating: 0x61, count: count))
            for pieces in [[bytes], bytes.map { [$0] }] {
                var parser = RequestParser(bodyPolicy: lookup)
                var result: Result<Request?, RequestParseError> = .success(nil)
                for piece in pieces {
                    parser.append(piece)
                    result = Result { () throws(RequestParseError) in try parser.next() }
                    if case .failure = result { break }
                }
                switch result {
                case .success(let request): #expect(!refused && request?.body.count == count)
                case .failure(let error): #expect(refused && error == .bodyTooLarge)
                }
            }
        }
        var other = RequestParser(bodyPolicy: lookup)
        other.append(Self.post("/q", type: "text/plain", body: [UInt8](repeating: 0x61, count: 1000)))
        #expect(try other.next()?.body.count == 1000)
    }
}
