import COpenSSL
import Glibc

/// SHA-256 of a file, read in 1 MiB chunks with `read(2)`.
///
/// Reading rather than hashing the memory mapping keeps the hash from pulling all 87 MiB of
/// weights into the process's resident set; the pages go through the page cache only.
enum FileDigest {
    /// The digest of the file at `path` as 64 lower-case hex digits.
    static func sha256(path: String) throws(ModelLoadError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missingFile(path: path) : .unreadableFile(path: path, errno: errno)
        }
        defer { close(descriptor) }
        guard let context = EVP_MD_CTX_new() else { fatalError("OpenSSL could not allocate a digest context") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else { fatalError("OpenSSL could not initialise SHA-256") }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, errno: errno)
            }
            if count == 0 { break }
            _ = EVP_DigestUpdate(context, chunk.baseAddress, count)
        }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context, &digest, &length) == 1 else { fatalError("OpenSSL could not finish SHA-256") }
        let hexDigits = Array("0123456789abcdef")
        var text = ""
        for byte in digest.prefix(Int(length)) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return text
    }
}
