import CZlib

/// gzip (RFC 1952) through zlib, for bodies compressed once and served many times.
///
/// Compression runs when a content snapshot is rendered, never per request, so it uses the best
/// ratio (level 9). `windowBits` 31 is zlib's way of asking for the gzip wrapper (15 + 16) rather than
/// a raw zlib stream, which is what `Content-Encoding: gzip` means.
public enum Gzip {
    /// The gzip wrapper: a 15-bit window plus 16, per zlib's `deflateInit2` documentation.
    static let gzipWindowBits: Int32 = 31
    /// Accepts a gzip or zlib wrapper when inflating (15 + 32: automatic header detection).
    static let autoDetectWindowBits: Int32 = 47

    /// Compresses bytes into a complete gzip member; nil only if zlib itself fails (out of memory).
    public static func compress(_ input: [UInt8], level: Int32 = 9) -> [UInt8]? {
        var stream = z_stream()
        let initStatus = deflateInit2_(
            &stream, level, Z_DEFLATED, gzipWindowBits, 9, Z_DEFAULT_STRATEGY,
            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard initStatus == Z_OK else { return nil }
        defer { deflateEnd(&stream) }

        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                // zlib's API takes a mutable input pointer but never writes through it.
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// Inflates a gzip (or zlib) stream; nil when the data is not a complete, valid stream or would
    /// grow past `limit` bytes (a guard against decompression bombs when reading untrusted input).
    public static func decompress(_ input: [UInt8], limit: Int = 64 << 20) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, autoDetectWindowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        return input.withUnsafeBufferPointer { inBuf -> [UInt8]? in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            while true {
                let (status, produced): (Int32, Int) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, outBuf.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[..<produced])
                if output.count > limit { return nil }
                switch status {
                case Z_STREAM_END: return output
                // No progress with a fresh output buffer means the input ended early.
                case Z_OK, Z_BUF_ERROR: if produced == 0 { return nil }
                default: return nil
                }
            }
        }
    }
}
