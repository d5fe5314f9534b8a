import COpenSSL

/// SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits: the key that says a stored vector
/// was made from exactly this text.
enum TextDigest {
    /// The digest of `text`.
    static func sha256(_ text: String) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let bytes = Array(text.utf8)
        let done = bytes.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha256(), nil)
        }
        // Without a working SHA-256 nothing can be keyed; this is an installation fault.
        guard done == 1 else { fatalError("OpenSSL could not compute SHA-256") }
        return LowercaseHex.string(digest.prefix(Int(length)))
    }
}
