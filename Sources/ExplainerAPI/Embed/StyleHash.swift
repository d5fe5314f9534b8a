import COpenSSL
import Foundation

/// The `'sha256-…'` source a Content-Security-Policy uses to allow one inline `<style>` element
/// and nothing else (CSP Level 3 §8.4: the hash of the element's text, base64).
package enum StyleHash {
    /// `'sha256-<base64>'` for exactly these bytes.
    package static func source(for text: String) -> String {
        let bytes = Array(text.utf8)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &digest, &length, EVP_sha256(), nil) == 1
        }
        // Without a working SHA-256 the process could stamp no content at all (ContentHasher); an installation fault.
        guard ok else { fatalError("OpenSSL could not compute SHA-256") }
        return "'sha256-" + Data(digest.prefix(Int(length))).base64EncodedString() + "'"
    }
}
