extension ResponseWriter {
    /// `bytes` framed as one chunk (RFC 9112 §7.1): its size in hex, CRLF, the bytes, CRLF. Empty
    /// bytes give nothing, since an empty chunk would end the body.
    public static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let size = Array(String(bytes.count, radix: 16).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(size.count + bytes.count + 4)
        out += size
        out += [0x0D, 0x0A]
        out += bytes
        out += [0x0D, 0x0A]
        return out
    }

    /// The last chunk and the empty trailer section: the end of a chunked body.
    public static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)
}
