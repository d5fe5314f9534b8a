/// Request ids: the client's `X-Request-Id` when it is a sane token, else one made here.
///
/// A sane id is 1 to 128 characters of `[A-Za-z0-9._-]`, so it can go into logs and JSON as is and
/// cannot carry log injection or a header break. Generated ids are a random per-loop prefix and a
/// counter: unique within a run, cheap (no system call per request), and not a secret.
public struct RequestID: Sendable {
    private let prefix: String
    private var counter: UInt64 = 0

    /// A generator with a fresh random prefix.
    public init() {
        var rng = SystemRandomNumberGenerator()
        let hex = String(rng.next() as UInt64, radix: 16)
        prefix = String(repeating: "0", count: 16 - hex.count) + hex
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

    /// A new id.
    public mutating func next() -> String {
        counter &+= 1
        return "\(prefix)-\(String(counter, radix: 16))"
    }
}
