import Foundation
import Glibc
import HTTPTesting
import Testing

/// SIGTERM while a slow but steady reader has many answers pipelined (issue 10): the drain finishes
/// the response being written, answers no further request, and the process stays until the kernel
/// has delivered it, so a container that goes away with the process cannot cut it.
@Suite("Drain with a slow reader", .enabled(if: ServerBinary.path != nil, "build the explainer-server product first"))
struct DrainDeliveryTests {
    /// The complete responses in `bytes`, and whether bytes of an incomplete one follow them.
    static func responses(in bytes: [UInt8]) -> (heads: [String], cut: Bool) {
        var heads: [String] = []
        var index = 0
        let end = Array("\r\n\r\n".utf8)
        while index < bytes.count {
            guard let headEnd = (index...(bytes.count - 4)).first(where: { bytes[$0..<$0 + 4].elementsEqual(end) }) else {
                return (heads, true)
            }
            let head = String(decoding: bytes[index..<headEnd], as: UTF8.self)
            let length = head.split(separator: "\r\n").first { $0.hasPrefix("Content-Length: ") }.flatMap { Int($0.dropFirst(16)) } ?? 0
            guard headEnd + 4 + length <= bytes.count else { return (heads, true) }
            heads.append(head)
            index = headEnd + 4 + length
        }
        return (heads, false)
    }

    @Test("SIGTERM with 40 pipelined /openapi.yaml and a 4 KB per 0.1 s reader: no response is cut")
    func slowReaderGetsWholeResponses() async throws {
        let server = try ServerProcess(
            arguments: ["serve", "--port", "0", "--threads", "1", "--drain-timeout", "20", "--content", Repository.content])
        try await withTimeout(.seconds(60)) {
            let client = try RawClient(port: server.port, timeout: .seconds(10))
            var small: Int32 = 16 * 1024
            setsockopt(client.fileDescriptor, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
            try client.send(String(repeating: "GET /openapi.yaml HTTP/1.1\r\nHost: t\r\n\r\n", count: 40))
            var received: [UInt8] = []
            var receivedAtExit: Int?
            var chunk = [UInt8](repeating: 0, count: 4096)
            let start = ContinuousClock.now
            var signalled = false
            while true {
                if !signalled, ContinuousClock.now - start >= .seconds(1) {
                    server.signal(SIGTERM)
                    signalled = true
                }
                let n = chunk.withUnsafeMutableBytes { recv(client.fileDescriptor, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                received += chunk[..<n]
                if signalled, receivedAtExit == nil, !server.isRunning { receivedAtExit = received.count }
                try await Task.sleep(for: .milliseconds(100))
            }
            let (heads, cut) = Self.responses(in: received)
            #expect(!cut, "a response was cut after \(heads.count) whole ones")
            #expect(heads.allSatisfy { $0.hasPrefix("HTTP/1.1 200") })
            // Answered: those already in the kernel's and the client's buffers, and the one in flight; not all 40.
            #expect(heads.count < 40)
            #expect(server.waitForExit(timeout: .seconds(20)) == 0)
            // The process stayed until the kernel had delivered the last response: what the client had
            // not yet read when it went is at most its own small receive buffer's worth.
            let atExit = receivedAtExit ?? received.count
            #expect(received.count - atExit <= 96 * 1024, "the process exited with \(received.count - atExit) bytes undelivered")
        }
    }
}
