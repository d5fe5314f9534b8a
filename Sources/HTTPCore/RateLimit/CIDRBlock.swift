/// An IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `::1/128`, or a bare address).
///
/// Used by `--trust-proxy`: only peers inside one of these blocks may name the client in
/// `X-Forwarded-For`. The network is kept as an `IPAddress`, so an IPv4 block is its IPv4-mapped
/// range (`10.0.0.0/8` is `::ffff:10.0.0.0/104`, and both spellings are one block), and an
/// IPv4-mapped peer (`::ffff:10.1.2.3`, as a dual-stack socket reports IPv4 clients) matches it.
/// Host bits given in the text are cleared: `10.1.2.3/8` is `10.0.0.0/8`.
public struct CIDRBlock: Sendable, Hashable, CustomStringConvertible {
    /// The network, host bits cleared.
    public let network: IPAddress
    /// How many leading bits of the 128 must match.
    public let mappedPrefixLength: Int

    /// Parses `ADDRESS` or `ADDRESS/PREFIX`; nil when either part is malformed or the prefix too long.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else { return nil }
        // The text decides how the prefix counts: 32 bits after `10.0.0.0`, 128 after `::ffff:10.0.0.0`.
        let maxBits = parts[0].contains(":") ? 128 : 32
        var bits = maxBits
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits),
                n <= maxBits
            else { return nil }
            bits = n
        }
        mappedPrefixLength = bits + 128 - maxBits
        network = address.masked(to: mappedPrefixLength)
    }

    /// Whether the block lies inside the IPv4-mapped range, and so is shown and counted as IPv4.
    public var isIPv4: Bool { network.isIPv4 && mappedPrefixLength >= 96 }

    /// The prefix length in the block's own family: 0 to 32 for IPv4, 0 to 128 for IPv6.
    public var prefixLength: Int { isIPv4 ? mappedPrefixLength - 96 : mappedPrefixLength }

    /// Whether an address falls inside this block.
    public func contains(_ address: IPAddress) -> Bool {
        address.masked(to: mappedPrefixLength) == network
    }

    public var description: String { "\(network)/\(prefixLength)" }
}
