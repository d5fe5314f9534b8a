import HTTPCore
import Testing

@Suite("Client address and trusted proxies")
struct ClientAddressTests {
    static func blocks(_ texts: String...) -> [CIDRBlock] { texts.compactMap { CIDRBlock($0) } }

    @Test(
        "CIDR blocks parse and match",
        arguments: [
            ("10.0.0.0/8", "10.255.1.2", true), ("10.0.0.0/8", "11.0.0.1", false),
            ("192.168.1.0/25", "192.168.1.127", true), ("192.168.1.0/25", "192.168.1.128", false),
            ("127.0.0.1", "127.0.0.1", true), ("127.0.0.1", "127.0.0.2", false),
            ("::1", "::1", true), ("fd00::/8", "fd12:3456::1", true), ("fd00::/8", "fe80::1", false),
            ("10.0.0.0/8", "::ffff:10.1.2.3", true), ("0.0.0.0/0", "203.0.113.9", true), ("10.0.0.0/8", "::1", false),
            ("::ffff:10.0.0.0/104", "10.9.9.9", true), ("2001:0db8::/32", "2001:db8:ffff::1", true), ("0.0.0.0/0", "2001:db8::1", false),
        ])
    func cidrContains(block: String, address: String, expected: Bool) throws {
        let cidr = try #require(CIDRBlock(block))
        #expect(cidr.contains(try #require(IPAddress(address))) == expected)
    }

    @Test(
        "malformed CIDR text is refused",
        arguments: [
            "", "10.0.0.0/33", "::/129", "10.0.0/8", "10.0.0.0/-1", "10.0.0.0/8/8", "host", "10.0.0.0/", "10.0.0.0/+8", "10.0.0.0/0008",
        ])
    func cidrRefused(text: String) {
        #expect(CIDRBlock(text) == nil)
    }

    @Test("a block is shown canonically, host bits cleared, in its own family")
    func cidrDescription() {
        #expect(CIDRBlock("10.1.2.3/8")?.description == "10.0.0.0/8")
        #expect(CIDRBlock("::ffff:10.1.2.3/104")?.description == "10.0.0.0/8")
        #expect(CIDRBlock("2001:0DB8:0000::1/48")?.description == "2001:db8::/48")
    }

    @Test(
        "every spelling of an address is one value, and one rate-limit key",
        arguments: [
            ("2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001"), ("2001:db8::1", "2001:DB8::1"), ("192.0.2.1", "::ffff:192.0.2.1"),
            ("192.0.2.1", "::FFFF:c000:0201"),
        ])
    func canonical(a: String, b: String) throws {
        let x = try #require(IPAddress(a))
        let y = try #require(IPAddress(b))
        #expect(x == y)
        #expect(x.clientKey == y.clientKey)
    }

    @Test("IPv4 clients are keyed by address, IPv6 clients by their /64")
    func clientKeys() {
        #expect(IPAddress("192.0.2.1")?.clientKey == "192.0.2.1")
        #expect(IPAddress("2001:db8:1:2:aaaa::1")?.clientKey == "2001:db8:1:2::/64")
        #expect(IPAddress("2001:db8:1:2:ffff:ffff:ffff:ffff")?.clientKey == "2001:db8:1:2::/64")
        #expect(IPAddress("2001:db8:1:3::1")?.clientKey == "2001:db8:1:3::/64")
    }

    @Test(
        "what inet_pton refuses is not an address",
        arguments: ["", "host", "1.2.3", "01.2.3.4", "fe80::1%eth0", "1.2.3.4 ", ":::", "[::1]"])
    func notAddresses(text: String) {
        #expect(IPAddress(text) == nil)
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
        let resolver = ClientAddress(trustedProxies: Self.blocks("127.0.0.1"))
        #expect(resolver.resolve(request(peer: "203.0.113.5", forwardedFor: ["198.51.100.1"])) == "203.0.113.5")
        #expect(ClientAddress().resolve(request(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"])) == "127.0.0.1")
    }

    @Test("from a trusted peer, the rightmost address that is not a trusted proxy is the client")
    func trustedChain() {
        let resolver = ClientAddress(trustedProxies: Self.blocks("127.0.0.1", "10.0.0.0/8"))
        // The client forged the first entry; the trusted proxy 10.1.1.1 saw 198.51.100.7.
        let r = request(peer: "127.0.0.1", forwardedFor: ["1.2.3.4, 198.51.100.7", "10.1.1.1"])
        #expect(resolver.resolve(r) == "198.51.100.7")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [])) == "127.0.0.1")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: ["garbage"])) == "127.0.0.1")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [" , 198.51.100.8 ,, "])) == "198.51.100.8")
        // A dual-stack peer and a client named in IPv4-mapped or long form count as the same keys.
        #expect(resolver.resolve(request(peer: "::ffff:127.0.0.1", forwardedFor: ["::ffff:198.51.100.7"])) == "198.51.100.7")
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: ["2001:0db8:0:0:0:0:0:1"])) == "2001:db8::/64")
    }

    @Test("at most maxForwardedHops entries are read: past them the last trusted hop is the client, and a client beyond is never reached")
    func hopCap() {
        let resolver = ClientAddress(trustedProxies: Self.blocks("127.0.0.1", "10.0.0.0/8"))
        let cap = ClientAddress.maxForwardedHops
        let proxies = (0..<cap).map { "10.0.0.\($0 + 1)" }
        // Within the cap, the client left of the trusted hops is found.
        let within = ["198.51.100.9"] + proxies.dropLast()
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [within.joined(separator: ",")])) == "198.51.100.9")
        // One hop more and the scan stops at the cap: the leftmost hop examined is counted.
        let past = ["198.51.100.9"] + proxies
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [past.joined(separator: ",")])) == "10.0.0.1")
        // Split over several fields the count is the same.
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: ["198.51.100.9"] + proxies)) == "10.0.0.1")
        // A garbled entry beyond the cap is never read either.
        #expect(resolver.resolve(request(peer: "127.0.0.1", forwardedFor: ["garbage"] + proxies)) == "10.0.0.1")
    }

    @Test("a trust check looks at each prefix length in use once, however many blocks share it")
    func prefixTable() throws {
        let many = (0..<2_001).map { "10.\($0 / 256).\($0 % 256).1" }.compactMap { CIDRBlock($0) } + Self.blocks("127.0.0.1", "fd00::/8")
        let table = TrustedProxies(many)
        #expect(table.prefixLengthCount == 2)
        #expect(table.contains(try #require(IPAddress("10.7.208.1"))))
        #expect(!table.contains(try #require(IPAddress("10.7.208.2"))))
        #expect(table.contains(try #require(IPAddress("fd12::1"))))
        #expect(!table.contains(try #require(IPAddress("2001:db8::1"))))
    }

    @Test("a 1,300-hop chain from behind 2,001 trusted blocks is resolved by reading only the capped hops")
    func longChainIsBounded() {
        let resolver = ClientAddress(
            trustedProxies: (0..<2_001).compactMap { CIDRBlock("10.\($0 / 256).\($0 % 256).1") } + Self.blocks("127.0.0.1"))
        // Every hop a trusted proxy but an unparseable one at the far left: reading the whole chain would end at it.
        let chain = ["garbage"] + (0..<1_300).map { "10.\(($0 % 2_001) / 256).\(($0 % 2_001) % 256).1" }
        let key = resolver.resolve(request(peer: "127.0.0.1", forwardedFor: [chain.joined(separator: ", ")]))
        #expect(key == chain[chain.count - ClientAddress.maxForwardedHops])
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
        // Two addresses in one IPv6 /64 share a bucket; the next /64 has its own.
        #expect(limited.respond(to: request(peer: "2001:db8:0:1::1", forwardedFor: [])).status == .ok)
        #expect(limited.respond(to: request(peer: "2001:db8:0:1::2", forwardedFor: [])).status.code == 429)
        #expect(limited.respond(to: request(peer: "2001:db8:0:2::1", forwardedFor: [])).status == .ok)
    }
}
