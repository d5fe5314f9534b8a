#if canImport(Glibc)
    import Glibc
#endif

/// An IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `::1/128`, or a bare address).
///
/// Used by `--trust-proxy`: only peers inside one of these blocks may name the client in
/// `X-Forwarded-For`. Addresses are compared as bytes; an IPv4-mapped IPv6 peer (`::ffff:10.1.2.3`)
/// matches the IPv4 block, because a dual-stack socket reports IPv4 clients that way.
public struct CIDRBlock: Sendable, Hashable, CustomStringConvertible {
    /// The network's address bytes: 4 for IPv4, 16 for IPv6.
    public let address: [UInt8]
    /// How many leading bits must match.
    public let prefixLength: Int

    /// Parses `ADDRESS` or `ADDRESS/PREFIX`; nil when either part is malformed or the prefix too long.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let bytes = Self.parseAddress(parts[0]) else { return nil }
        let maxBits = bytes.count * 8
        var bits = maxBits
        if parts.count == 2 {
            guard let n = Int(parts[1]), (0...maxBits).contains(n), parts[1].allSatisfy(\.isASCII) else { return nil }
            bits = n
        }
        address = bytes
        prefixLength = bits
    }

    /// Parses a comma-separated list; nil when any element is malformed, so a typo is not ignored.
    public static func parseList(_ text: String) -> [CIDRBlock]? {
        var blocks: [CIDRBlock] = []
        for part in text.split(separator: ",") {
            guard let block = CIDRBlock(part.trimmingASCIIWhitespace()) else { return nil }
            blocks.append(block)
        }
        return blocks
    }

    public var description: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = address.count == 4 ? AF_INET : AF_INET6
        _ = address.withUnsafeBytes { inet_ntop(family, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return "\(text)/\(prefixLength)"
    }

    /// Whether an address given as text falls inside this block.
    public func contains(_ text: some StringProtocol) -> Bool {
        guard var bytes = Self.parseAddress(text) else { return false }
        if bytes.count == 16, address.count == 4, bytes[0..<12] == Self.mappedPrefix[...] {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == address.count else { return false }
        var remaining = prefixLength
        for (a, b) in zip(address, bytes) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if a & mask != b & mask { return false }
            remaining -= bits
        }
        return true
    }

    static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// The address's bytes via inet_pton, so every form the C library accepts is accepted, and no more.
    static func parseAddress(_ text: some StringProtocol) -> [UInt8]? {
        let s = String(text)
        guard !s.isEmpty, s.utf8.count <= 45 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, s, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, s, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
