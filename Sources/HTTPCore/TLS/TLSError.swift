import COpenSSL

/// A TLS set-up failure: which step, and OpenSSL's own reason for it (for logs, never for clients).
public struct TLSError: Error, Sendable, CustomStringConvertible {
    /// The step that failed, such as `"SSL_CTX_use_PrivateKey_file"`.
    public let operation: String
    /// OpenSSL's error queue, drained, as readable strings.
    public let reasons: [String]

    /// An error for a step with the reasons already collected.
    public init(operation: String, reasons: [String]) {
        self.operation = operation
        self.reasons = reasons
    }

    /// An error for `operation` carrying (and clearing) the calling thread's OpenSSL error queue.
    public static func drainingQueue(_ operation: String) -> TLSError {
        TLSError(operation: operation, reasons: drainQueue())
    }

    /// Empties this thread's OpenSSL error queue and returns each entry as text.
    public static func drainQueue() -> [String] {
        var reasons: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons
    }

    public var description: String {
        reasons.isEmpty ? "\(operation) failed" : "\(operation) failed: \(reasons.joined(separator: "; "))"
    }
}
