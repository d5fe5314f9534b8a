import COpenSSL

/// SHA-256 over the content, fed part by part, through OpenSSL's EVP digest API.
///
/// Each part is framed as `name NUL length NUL bytes` so that moving bytes from one part to the next
/// can never produce the same digest. A class because it owns the `EVP_MD_CTX`, freed in `deinit`;
/// it is used by one load on one thread and never shared.
final class ContentHasher {
    private let context: OpaquePointer

    init() {
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            // Without a working SHA-256 the process cannot stamp any content; this is an installation fault.
            fatalError("OpenSSL could not initialise SHA-256")
        }
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
    }

    /// Adds one named part.
    func update(part name: String, bytes: [UInt8]) {
        var header = Array(name.utf8)
        header.append(0)
        header.append(contentsOf: Array(String(bytes.count).utf8))
        header.append(0)
        feed(header)
        feed(bytes)
    }

    /// The digest of everything added, as 64 lower-case hex digits. Call once.
    func finalize() -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else {
            fatalError("OpenSSL could not finish SHA-256")
        }
        return LowercaseHex.string(digest.prefix(Int(length)))
    }

    private func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            _ = EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
        }
    }
}
