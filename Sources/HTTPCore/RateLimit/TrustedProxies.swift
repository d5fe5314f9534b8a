/// The `--trust-proxy` blocks as a prefix table: for each prefix length in use, a set of networks.
///
/// Whether an address is trusted costs one mask and one hash look-up per distinct prefix length
/// (at most 129, in practice a handful), however many blocks there are: 2,000 `/32`s are one set.
/// Built once at start-up and only read after.
public struct TrustedProxies: Sendable {
    /// The networks of each prefix length in use, longest prefix first.
    let tables: [(prefixLength: Int, networks: Set<UInt128>)]

    /// The table for these blocks; duplicates and overlaps are harmless.
    public init(_ blocks: [CIDRBlock]) {
        var byLength: [Int: Set<UInt128>] = [:]
        for block in blocks { byLength[block.mappedPrefixLength, default: []].insert(block.network.bits) }
        tables = byLength.sorted { $0.key > $1.key }.map { (prefixLength: $0.key, networks: $0.value) }
    }

    /// Whether no proxy is trusted (then `X-Forwarded-For` is never read).
    public var isEmpty: Bool { tables.isEmpty }

    /// How many distinct prefix lengths a look-up checks at most.
    public var prefixLengthCount: Int { tables.count }

    /// Whether `address` lies inside one of the blocks.
    public func contains(_ address: IPAddress) -> Bool {
        for table in tables where table.networks.contains(address.masked(to: table.prefixLength).bits) { return true }
        return false
    }
}
