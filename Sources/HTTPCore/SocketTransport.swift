import Glibc

/// The plain TCP transport: `read`, `writev`, `shutdown` and `close` on a non-blocking socket.
public final class SocketTransport: ConnectionTransport {
    public let fileDescriptor: Int32
    /// `writev` takes at most this many chunks at once; more wait for the next call (IOV_MAX is 1024).
    static let maxChunks = 64

    /// Wraps an accepted, already non-blocking socket; the transport closes it.
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome {
        switch try Syscall.run("read", { Glibc.read(fileDescriptor, buffer.baseAddress, buffer.count) }) {
        case .wouldBlock: return .wouldBlock
        case .value(0): return .closed
        case .value(let n): return .bytes(n)
        }
    }

    public func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome {
        let count = min(chunks.count, Self.maxChunks)
        let fd = fileDescriptor
        // The vectors live on the stack: a response is usually two chunks, head and body.
        let result = withUnsafeTemporaryAllocation(of: iovec.self, capacity: count) { vectors in
            Self.withVectors(chunks[..<count], vectors, filled: 0) { filled in
                Result { () throws(SystemError) -> IOResult<Int> in
                    try Syscall.run("writev", { Glibc.writev(fd, filled.baseAddress, Int32(filled.count)) })
                }
            }
        }
        switch try result.get() {
        case .wouldBlock: return .wouldBlock
        case .value(let n): return .written(n)
        }
    }

    /// Pins each chunk's storage (nested `withUnsafeBytes`), fills one iovec per chunk, then runs
    /// `body` with them all. The nesting is as deep as the chunk count, which `maxChunks` bounds.
    private static func withVectors<R>(
        _ chunks: ArraySlice<ArraySlice<UInt8>>, _ vectors: UnsafeMutableBufferPointer<iovec>, filled: Int,
        _ body: (UnsafeMutableBufferPointer<iovec>) -> R
    ) -> R {
        guard let first = chunks.first else { return body(UnsafeMutableBufferPointer(rebasing: vectors[..<filled])) }
        return first.withUnsafeBytes { raw in
            vectors[filled] = iovec(iov_base: UnsafeMutableRawPointer(mutating: raw.baseAddress), iov_len: raw.count)
            return withVectors(chunks.dropFirst(), vectors, filled: filled + 1, body)
        }
    }

    public func shutdownWrite() {
        _ = Glibc.shutdown(fileDescriptor, Int32(SHUT_WR))
    }

    public func close() {
        _ = Glibc.close(fileDescriptor)
    }
}
