import HTTPCore
import Testing

@Suite("Client address and trusted proxies")
struct ClientAddressTests {
    @Test(
        "CIDR blocks parse and match",
        arguments: [
            ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false),
            ("192.168.1.0/25", "192.168.1.127", true), ("192.168.1.0/25", "192.168.1.128", false),
            ("127.0.0.1", "127.0.0.1", true), ("127.0.0.1", "127.0.0.2", false),
            ("::1", "::1", true), ("fd00::/8", "fd12:3456::1", true), ("fd00::/8", "fe80::1", false),
            ("10.0.0.0/8", "::ffff:10.1.2.3", true), ("0.0.0.0/0", "203.0.113.9", true),
            ("10.0.0.0/8", "not-an-ip", false), ("10.0.0.0/8", "::1", false),
        ])
    func cidrContains(block: String, address: String, expected: Bool) throws {
        let cidr = try #require(CIDRBlock(block))
        #expect(cidr.contains(address) == expected)
    }

    @Test("malformed CIDR text is refused", arguments: ["", "10.0.0.0/33", "::/129", "10.0.0/8", "10.0.0.0/-1", "10.0.0.0/8/8", "host"])
    func cidrRefused(text: String) {
        #expect(CIDRBlock(text) == nil)
    }

    @Test("a list with one bad element is refused whole, so a typo is noticed")
    func listRefusesTypos() {
        #expect(CIDRBlock.parseList("127.0.0.1, 10.0.0.0/8")?.count == 2)
        #expect(CIDRBlock.parseList("127.0.0.1,10.0.0/8") == nil)
    }

    func request(peer: String, forwardedFor: [String]) -> Request {
        var headers = HTTPHeaders()
        for value in forwardedFor { headers.add("X-Forwarded-For", value) }
        var r = Request(method: .get, target: "/", headers: headers)
        r.remoteAddress = peer
        return r
    }

    @Test("X-Forwarded-For from an untrusted peer is ignored")
    func untrustedPeer() {
        let resolver = ClientAddress(trustedProxies: CIDRBlock.parseList("127.0.0.1")!)
        #expect(resolver.resolve(request(peer: "203.0.113.5", forwardedFor: ["198.51.100.1"])) == "203.0.113.5")
        #expect(ClientAddress().resolve(request(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"])) == "127.0.0.1")
    }

    @Test("from a trusted peer, the rightmost address that is not a trusted proxy is the client")
    func trustedChain() {
        let resolver = ClientAddress(trustedProxies: CIDRBlock.parseList("127.0.0.1,10.0.0.0/8")!)
        // The client forged the first entry; the trusted proxy 10.1.1.1 saw 198.51.100.7.
        let r = request(peer: "127.0.0.1", forwardedFor: ["1.2.3.4, 198.51.100.7", "10.1.1.1"])
        #expect(resolver.resolve(r) == "198.51.100.7")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [])) == "127.0.0.1")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: ["garbage"])) == "127.0.0.1")
    }

    @Test("the 429 carries Retry-After, RateLimit and RateLimit-Policy and a problem+json body")
    func tooManyRequestsResponse() {
        struct OK: Responder { func respond(to request: Request) -> Response { Response(body: Array("ok".utf8)) } }
        let limited = RateLimitResponder(
            OK(), limiter: RateLimiter(policy: RateLimitPolicy(ratePerSecond: 1, burst: 1)), exempt: ["/healthz"])
        let req = request(peer: "192.0.2.1", forwardedFor: [])
        #expect(limited.respond(to: req).status == .ok)
        let refused = limited.respond(to: req)
        #expect(refused.status.code == 429)
        #expect(refused.headers["Retry-After"] == "1")
        #expect(refused.headers["RateLimit-Policy"] == #""per-client";q=1;w=1"#)
        #expect(refused.headers["RateLimit"] == #""per-client";r=0;t=1"#)
        #expect(refused.headers["Content-Type"] == "application/problem+json")
        let body = String(decoding: refused.body, as: UTF8.self)
        #expect(body.contains(#""status":429"#) && body.contains(#""type":"/problems/rate-limited""#))
        // Exempt paths (the application names them) are never limited.
        var health = req
        health.path = "/healthz"
        #expect(limited.respond(to: health).status == .ok)
    }
}
