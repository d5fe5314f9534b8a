import COpenSSL

/// HMAC-SHA-256 under a secret drawn once per instance: a key for what people type that cannot be
/// read back (the text is not in it) nor recomputed outside the process (the secret never leaves it).
///
/// The server makes one at start-up; a restart draws a new secret, so nothing keyed by an earlier
/// process matches.
public struct KeyedDigest: Sendable {
    /// 32 bytes from OpenSSL's CSPRNG.
    private let secret: [UInt8]

    /// A digest with a fresh random secret.
    public init() {
        var secret = [UInt8](repeating: 0, count: 32)
        // Without a seeded CSPRNG the process cannot key anything safely; this is an installation fault.
        guard RAND_bytes(&secret, Int32(secret.count)) == 1 else { fatalError("OpenSSL could not draw random bytes") }
        self.secret = secret
    }

    /// The HMAC-SHA-256 of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ.
    public func digest(_ parts: String...) -> Key {
        var message: [UInt8] = []
        for part in parts {
            let bytes = Array(part.utf8)
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { message.append(contentsOf: $0) }
            message.append(contentsOf: bytes)
        }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let done = secret.withUnsafeBytes { key in
            message.withUnsafeBytes { data in
                HMAC(EVP_sha256(), key.baseAddress, Int32(key.count), data.baseAddress, data.count, &output, &length)
            }
        }
        guard done != nil, length == 32 else { fatalError("OpenSSL could not compute HMAC-SHA-256") }
        func word(_ at: Int) -> UInt64 { output[at..<at + 8].reduce(0) { $0 << 8 | UInt64($1) } }
        return Key(a: word(0), b: word(8), c: word(16), d: word(24))
    }

    /// A 256-bit digest, hashable, with no text in it.
    public struct Key: Hashable, Sendable {
        let a: UInt64
        let b: UInt64
        let c: UInt64
        let d: UInt64
    }
}
