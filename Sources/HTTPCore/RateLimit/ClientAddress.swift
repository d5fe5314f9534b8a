/// Finds the address of the client a request is for: the peer, or the one a trusted proxy names.
///
/// `X-Forwarded-For` is only believed from peers inside `trustedProxies`, and then read from the right:
/// each proxy appends the address it saw, so the rightmost entry that is not itself a trusted proxy is
/// the first address no trusted party vouches for beyond. Entries to its left were written by the
/// client and could say anything.
public struct ClientAddress: Sendable {
    /// The proxies whose `X-Forwarded-For` is believed; empty means the peer address is always used.
    public var trustedProxies: [CIDRBlock]

    /// A resolver trusting the given proxies.
    public init(trustedProxies: [CIDRBlock] = []) { self.trustedProxies = trustedProxies }

    /// The client address for a request; the peer's when no trusted proxy names another.
    public func resolve(_ request: Request) -> String {
        let peer = request.remoteAddress
        guard !trustedProxies.isEmpty, isTrusted(peer) else { return peer }
        let hops = request.headers.listElements("X-Forwarded-For")
        for hop in hops.reversed() {
            guard CIDRBlock.parseAddress(hop) != nil else { return peer }
            if !isTrusted(hop) { return hop }
        }
        return hops.first ?? peer
    }

    func isTrusted(_ address: String) -> Bool { trustedProxies.contains { $0.contains(address) } }
}
