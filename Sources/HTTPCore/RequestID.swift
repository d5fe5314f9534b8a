/// Request ids: the client's `X-Request-Id` when it is a sane token, else one made here.
///
/// A sane id is 1 to 128 characters of `[A-Za-z0-9._-]`, so it can go into logs and JSON as is and
/// cannot carry log injection or a header break. Generated ids are a random per-loop prefix and a
/// counter: unique within a run, cheap (no system call per request), and not a secret.
public struct RequestID: Sendable {
    /// The random per-generator prefix as its 16 lowercase hex digits, packed in memory order into two
    /// words, so each id copies it with two stores instead of formatting it again.
    private let prefix: (UInt64, UInt64)
    private var counter: UInt64 = 0

    /// A generator with a fresh random prefix.
    public init() {
        var rng = SystemRandomNumberGenerator()
        let random: UInt64 = rng.next()
        var digits = [UInt8](repeating: 0, count: 16)
        digits.withUnsafeMutableBufferPointer { Self.writeHex(random, digits: 16, to: $0) }
        prefix = digits.withUnsafeBytes { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }

    /// Whether a client-supplied id may be echoed.
    public static func isSane(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= 128 else { return false }
        return bytes.allSatisfy { b in
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default: false
            }
        }
    }

    /// The id for a request: the client's if sane, else a new one.
    public mutating func id(for clientValue: String?) -> String {
        if let clientValue, Self.isSane(clientValue) { return clientValue }
        return next()
    }

    /// A new id: `<16 hex digits of prefix>-<counter in hex>`.
    public mutating func next() -> String {
        counter &+= 1
        var digits = 1
        while digits < 16 && counter >> (4 * digits) != 0 { digits += 1 }
        // Written straight into the string's storage: one allocation, where interpolating the two
        // parts formatted both and made three strings.
        return String(unsafeUninitializedCapacity: 17 + digits) { out in
            let raw = UnsafeMutableRawBufferPointer(out)
            raw.storeBytes(of: prefix.0, as: UInt64.self)
            raw.storeBytes(of: prefix.1, toByteOffset: 8, as: UInt64.self)
            out[16] = UInt8(ascii: "-")
            Self.writeHex(counter, digits: digits, to: UnsafeMutableBufferPointer(rebasing: out[17..<(17 + digits)]))
            return 17 + digits
        }
    }

    /// Writes the low `digits` hex digits of `value`, most significant first, zero-padded.
    private static func writeHex(_ value: UInt64, digits: Int, to out: UnsafeMutableBufferPointer<UInt8>) {
        var value = value
        for i in stride(from: digits - 1, through: 0, by: -1) {
            let nibble = UInt8(truncatingIfNeeded: value & 0xF)
            out[i] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            value >>= 4
        }
    }
}
