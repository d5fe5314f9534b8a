#if canImport(Glibc)
    import Glibc
#endif

/// An IP address as 128 bits, IPv4 kept in its IPv4-mapped form (`::ffff:a.b.c.d`), so the two families
/// compare, mask and hash as one kind of value.
///
/// Text is parsed by `inet_pton` only, so every spelling of one address is the same value:
/// `2001:db8::1` = `2001:0db8:0:0::1`, and `::ffff:192.0.2.1` = `192.0.2.1`. What `inet_pton` refuses
/// (zone ids, leading zeros in IPv4, host names) is not an address here either.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The address's bits, most significant first as on the wire.
    public let bits: UInt128

    /// The prefix IPv4 addresses carry in this form: bits 96 to 111 set (`::ffff:0:0/96`).
    static let mappedPrefix: UInt128 = 0xFFFF << 32

    /// How many leading bits the rate limiter counts an IPv6 client by: a /64 is one subscriber's
    /// network (RFC 6177), and any address inside it is that subscriber's to pick.
    public static let ipv6ClientPrefix = 64

    /// An address from its bits.
    public init(bits: UInt128) { self.bits = bits }

    /// Parses an IPv4 or IPv6 address with `inet_pton`; nil when neither family accepts it.
    public init?(_ text: some StringProtocol) {
        // 45 bytes is INET6_ADDRSTRLEN without its NUL: the longest text either family can accept.
        guard !text.isEmpty, text.utf8.count <= 45 else { return nil }
        let s = String(text)
        var v4 = in_addr()
        if inet_pton(AF_INET, s, &v4) == 1 {
            bits = Self.mappedPrefix | UInt128(UInt32(bigEndian: v4.s_addr))
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, s, &v6) == 1 else { return nil }
        bits = withUnsafeBytes(of: &v6) { raw in raw.reduce(UInt128(0)) { $0 << 8 | UInt128($1) } }
    }

    /// Whether this is an IPv4 address (given as such or IPv4-mapped).
    public var isIPv4: Bool { bits >> 32 == 0xFFFF }

    /// The address with all but its first `prefixLength` bits (0 to 128) cleared.
    public func masked(to prefixLength: Int) -> IPAddress {
        IPAddress(bits: bits & Self.mask(prefixLength))
    }

    /// The first `prefixLength` bits set.
    static func mask(_ prefixLength: Int) -> UInt128 {
        prefixLength <= 0 ? 0 : prefixLength >= 128 ? ~0 : ~(~UInt128(0) >> prefixLength)
    }

    /// The name the rate limiter keeps a client's bucket under: an IPv4 address whole, an IPv6 one
    /// as its /64 network (`2001:db8:1:2::/64`), so one subscriber cannot mint a bucket per address.
    public var clientKey: String {
        isIPv4 ? description : "\(masked(to: Self.ipv6ClientPrefix))/\(Self.ipv6ClientPrefix)"
    }

    /// The canonical text (`inet_ntop`): dotted quad for IPv4, RFC 5952 form for IPv6.
    public var description: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        if isIPv4 {
            var v4 = in_addr(s_addr: UInt32(truncatingIfNeeded: bits).bigEndian)
            _ = inet_ntop(AF_INET, &v4, &buffer, socklen_t(buffer.count))
        } else {
            var bytes = (0..<16).map { UInt8(truncatingIfNeeded: bits >> (8 * (15 - $0))) }
            _ = bytes.withUnsafeMutableBytes { inet_ntop(AF_INET6, $0.baseAddress, &buffer, socklen_t(buffer.count)) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
