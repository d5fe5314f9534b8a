/// Finds the client a request counts against: the peer, or the one a trusted proxy names, as the
/// rate limiter's key (`IPAddress.clientKey`: IPv4 whole, IPv6 by /64, every spelling canonical).
///
/// `X-Forwarded-For` is only believed from peers inside `trustedProxies`, and then read from the right:
/// each proxy appends the address it saw, so the rightmost entry that is not itself a trusted proxy is
/// the first address no trusted party vouches for beyond. Entries to its left were written by the
/// client and could say anything. At most `maxForwardedHops` entries are examined, scanning the field
/// from its end without splitting the rest, so a 1,300-entry chain costs what a 16-entry one does.
public struct ClientAddress: Sendable {
    /// How many `X-Forwarded-For` entries are examined, from the right. When all of them are trusted
    /// proxies, the last one examined is counted as the client: no real chain of proxies is this deep,
    /// and the cut errs towards limiting a proxy rather than believing an unbounded chain.
    public static let maxForwardedHops = 16

    /// The proxies whose `X-Forwarded-For` is believed; empty means the peer address is always used.
    public let trustedProxies: TrustedProxies

    /// A resolver trusting the given proxies.
    public init(trustedProxies: [CIDRBlock] = []) { self.trustedProxies = TrustedProxies(trustedProxies) }

    /// The client key for a request: the peer's when no trusted proxy names another, and the peer's
    /// text as it is when it is not an IP address at all (a test's or a Unix socket's peer).
    public func resolve(_ request: Request) -> String {
        guard let peer = IPAddress(request.remoteAddress) else { return request.remoteAddress }
        return client(peer: peer, forwardedFor: request.headers.values("X-Forwarded-For")).clientKey
    }

    /// The client behind `peer`, given the `X-Forwarded-For` field values in the order received.
    func client(peer: IPAddress, forwardedFor values: [String]) -> IPAddress {
        guard !trustedProxies.isEmpty, trustedProxies.contains(peer) else { return peer }
        var examined = 0
        var last: IPAddress?
        for value in values.reversed() {
            let utf8 = value.utf8
            var end = utf8.endIndex
            while examined < Self.maxForwardedHops {
                let start = utf8[..<end].lastIndex(of: UInt8(ascii: ",")).map { utf8.index(after: $0) } ?? utf8.startIndex
                let element = Substring(value[start..<end]).trimmingASCIIWhitespace()
                if !element.isEmpty {
                    examined += 1
                    // A garbled chain names nobody: count the request against the proxy that sent it.
                    guard let hop = IPAddress(element) else { return peer }
                    if !trustedProxies.contains(hop) { return hop }
                    last = hop
                }
                guard start > utf8.startIndex else { break }
                end = utf8.index(before: start)
            }
            if examined >= Self.maxForwardedHops { break }
        }
        return last ?? peer
    }
}
