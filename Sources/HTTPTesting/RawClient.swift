import Glibc
import HTTPCore

/// A blocking TCP client for tests: sends exact bytes and reads responses off the wire.
///
/// It exists to send what real clients never would (malformed, split, pipelined, half-sent requests)
/// and to see exactly what comes back. Every read and write has a socket timeout, so a server that
/// never answers fails the test instead of hanging it.
public final class RawClient: @unchecked Sendable {
    // One test owns a client at a time; @unchecked lets it cross into `withTimeout`'s task.
    public let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private var closed = false

    /// Connects to 127.0.0.1:`port`.
    public init(port: Int, timeout: Duration = .seconds(5)) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SystemError(call: "socket", errno: errno) }
        var tv = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw SystemError(call: "connect", errno: code)
        }
        fileDescriptor = fd
    }

    deinit { close() }

    /// Sends all the bytes.
    public func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fileDescriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw SystemError(call: "send", errno: errno) }
            sent += n
        }
    }

    /// Sends the string's UTF-8 bytes.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Reads one whole response; for a HEAD request pass `head: true`, as its Content-Length has no body.
    public func readResponse(head: Bool = false) throws -> RawResponse {
        let headEnd = try readUntil([0x0D, 0x0A, 0x0D, 0x0A])
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw RawClientError.malformedResponse(headText) }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw RawClientError.malformedResponse(headText) }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingASCIIWhitespace())
        }
        let length = head ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        while buffer.count < length { guard try fill() else { throw RawClientError.closedEarly } }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return RawResponse(
            status: status, reason: statusLine.count > 2 ? statusLine[2] : "", version: statusLine[0], headers: headers, body: body)
    }

    /// Whether the server closes the connection (EOF or reset) before anything else arrives.
    public func waitForClose() throws -> Bool {
        if !buffer.isEmpty { return false }
        var byte: UInt8 = 0
        let n = recv(fileDescriptor, &byte, 1, 0)
        if n == 0 { return true }
        if n < 0 {
            if errno == ECONNRESET { return true }
            throw RawClientError.timedOut
        }
        buffer.append(byte)
        return false
    }

    /// The bytes up to and including the first `marker`, for bodies that do not end (event streams).
    public func read(through marker: String) throws -> String {
        let bytes = Array(marker.utf8)
        let end = try readUntil(bytes) + bytes.count
        defer { buffer.removeFirst(end) }
        return String(decoding: buffer[..<end], as: UTF8.self)
    }

    /// Everything until the server closes the connection.
    public func readToEnd() throws -> [UInt8] {
        while try fill() {}
        defer { buffer.removeAll() }
        return buffer
    }

    /// Half-closes the sending side, as a client that has nothing more to send.
    public func shutdownWrite() {
        Glibc.shutdown(fileDescriptor, Int32(SHUT_WR))
    }

    public func close() {
        guard !closed else { return }
        closed = true
        Glibc.close(fileDescriptor)
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        var from = 0
        while true {
            if buffer.count >= marker.count {
                for i in from...(buffer.count - marker.count) where buffer[i..<i + marker.count].elementsEqual(marker) { return i }
                from = buffer.count - marker.count + 1
            }
            guard try fill() else { throw RawClientError.closedEarly }
        }
    }

    /// Reads more bytes; false at EOF.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let n = chunk.withUnsafeMutableBytes { recv(fileDescriptor, $0.baseAddress, $0.count, 0) }
        if n == 0 { return false }
        if n < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK { throw RawClientError.timedOut }
            if errno == ECONNRESET { return false }
            throw SystemError(call: "recv", errno: errno)
        }
        buffer.append(contentsOf: chunk[..<n])
        return true
    }
}
