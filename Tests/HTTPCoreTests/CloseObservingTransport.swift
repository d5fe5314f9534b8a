import HTTPCore

/// The plain socket transport, plus a call when the server closes the connection.
///
/// A client that reads nothing cannot see the server's close (the FIN waits behind the bytes its
/// full receive buffer refuses), so a test waits for this instead of guessing with a fixed sleep.
final class CloseObservingTransport: ConnectionTransport {
    private let socket: SocketTransport
    private let onClose: @Sendable () -> Void

    init(fileDescriptor: Int32, onClose: @escaping @Sendable () -> Void) {
        socket = SocketTransport(fileDescriptor: fileDescriptor)
        self.onClose = onClose
    }

    var fileDescriptor: Int32 { socket.fileDescriptor }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> ReadOutcome { try socket.read(into: buffer) }

    func write(_ chunks: [ArraySlice<UInt8>]) throws(SystemError) -> WriteOutcome { try socket.write(chunks) }

    func shutdownWrite() { socket.shutdownWrite() }

    func close() {
        socket.close()
        onClose()
    }
}
