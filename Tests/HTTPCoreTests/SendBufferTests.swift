import Glibc
import HTTPCore
import HTTPTesting
import Testing

/// A client that never reads must not pin megabytes of kernel memory (issue 10): the server bounds
/// each socket's send buffer (`Limits.socketSendBufferBytes`).
@Suite("Kernel send buffers of clients that never read")
struct SendBufferTests {
    @Test("a client that never reads leaves the kernel holding at most about twice SO_SNDBUF of its answer")
    func stalledClientIsBounded() async throws {
        let written = Locked(0)
        let socketBuffer = Locked<Int32>(0)
        try await TestServer.with(
            responder: TestRoutes.router,
            configure: { config in
                config.makeTransport = { fd in
                    var size: Int32 = 0
                    var length = socklen_t(MemoryLayout<Int32>.size)
                    getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, &length)
                    socketBuffer.withLock { $0 = size }
                    return CountingTransport(fileDescriptor: fd, written: written)
                }
            }
        ) { server in
            let client = try server.client()
            var receive: Int32 = 4096
            setsockopt(client.fileDescriptor, SOL_SOCKET, SO_RCVBUF, &receive, socklen_t(MemoryLayout<Int32>.size))
            try client.send("GET /huge HTTP/1.1\r\nHost: t\r\n\r\n")
            // Reads nothing: wait until the kernel stops taking bytes (about a second on a loaded machine).
            var last = 0
            for _ in 0..<80 {
                try await Task.sleep(for: .milliseconds(250))
                if written.value > 0 && written.value == last { break }
                last = written.value
            }
            #expect(socketBuffer.value <= 2 * 64 * 1024)
            // 64 KiB doubled by the kernel, plus what the client's small receive buffer took.
            #expect(written.value < 512 * 1024, "the kernel took \(written.value) bytes for a client that reads nothing")
            client.close()
        }
    }
}
