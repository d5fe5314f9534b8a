import HTTPCore
import HTTPTesting

/// The plain socket transport, counting the bytes the kernel took from the server's writes.
final class CountingTransport: ConnectionTransport {
    private let socket: SocketTransport
    private let written: Locked<Int>

    init(fileDescriptor: Int32, written: Locked<Int>) {
        socket = SocketTransport(fileDescriptor: fileDescriptor)
        self.written = written
    }

    var fileDescriptor: Int32 { socket.fileDescriptor }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome { try socket.read(into: buffer) }

    func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome {
        let outcome = try socket.write(chunks)
        if case .written(let n) = outcome { written.withLock { $0 += n } }
        return outcome
    }

    func shutdownWrite() { socket.shutdownWrite() }

    func close() { socket.close() }
}
