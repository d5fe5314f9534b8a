extension ResponseWriter {
    /// A head this writer serialized, changed to announce `Connection: close`: what a drain does to the
    /// response it lets finish when that response has not started. Interim (1xx) heads and heads that
    /// already close are returned as they are.
    ///
    /// The writer owns the `Connection` field (it drops a handler's), so the field it wrote is the only
    /// one: `Connection: keep-alive` (HTTP/1.0) is replaced, and otherwise the field goes before the
    /// empty line that ends the head.
    public static func closing(_ head: [UInt8]) -> [UInt8] {
        let text = String(decoding: head, as: UTF8.self)
        guard head.count > 13, !text.hasPrefix("HTTP/1.1 1"), text.hasSuffix("\r\n\r\n"), !text.contains("\r\nConnection: close\r\n")
        else { return head }
        if text.contains("\r\nConnection: keep-alive\r\n") {
            return Array(text.replacing("\r\nConnection: keep-alive\r\n", with: "\r\nConnection: close\r\n", maxReplacements: 1).utf8)
        }
        return Array(head.dropLast(2)) + Array("Connection: close\r\n\r\n".utf8)
    }
}
