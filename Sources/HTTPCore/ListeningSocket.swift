import CLinux
import Glibc

/// A non-blocking listening TCP socket with SO_REUSEPORT, one per event loop.
///
/// With SO_REUSEPORT every loop has its own accept queue on the same port and the kernel spreads new
/// connections across them, so loops never contend for one listener.
struct ListeningSocket {
    let fileDescriptor: Int32

    /// Binds and listens; `port` 0 picks an ephemeral port, which the other loops then bind too.
    /// With `reusePort` false the socket only checks that nobody else holds the port (see `Server.start`).
    /// A positive `sendBufferBytes` sets `SO_SNDBUF`, which every accepted socket inherits.
    init(host: String, port: Int, backlog: Int32 = 4096, reusePort: Bool = true, sendBufferBytes: Int = 0) throws(SystemError) {
        guard let (address, length) = SocketAddress.make(host: host, port: port) else {
            throw SystemError(call: "inet_pton(\(host))", errno: EINVAL)
        }
        let family = Int32(address.ss_family)
        let fd = try Syscall.runChecked("socket") {
            socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        do throws(SystemError) {
            var one: Int32 = 1
            let size = socklen_t(MemoryLayout<Int32>.size)
            try Syscall.runChecked("setsockopt(SO_REUSEADDR)") { setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, size) }
            if reusePort {
                try Syscall.runChecked("setsockopt(SO_REUSEPORT)") { setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, size) }
            }
            if sendBufferBytes > 0 {
                var bytes = Int32(clamping: sendBufferBytes)
                try Syscall.runChecked("setsockopt(SO_SNDBUF)") { setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &bytes, size) }
            }
            var bindAddress = address
            try Syscall.runChecked("bind") {
                withUnsafePointer(to: &bindAddress) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
            }
            try Syscall.runChecked("listen") { listen(fd, backlog) }
        } catch {
            _ = Glibc.close(fd)
            throw error
        }
        fileDescriptor = fd
    }

    /// The port actually bound.
    func boundPort() throws(SystemError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try Syscall.runChecked("getsockname") {
            withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fileDescriptor, $0, &length) }
            }
        }
        return SocketAddress.port(storage)
    }

    /// Accepts one connection, already non-blocking and close-on-exec, with its peer's address.
    func accept() throws(SystemError) -> IOResult<(fd: Int32, peer: String)> {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let result = try Syscall.run("accept4") {
            withUnsafeMutablePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { clinux_accept4(fileDescriptor, $0, &length, flags) }
            }
        }
        switch result {
        case .wouldBlock: return .wouldBlock
        case .value(let fd):
            var one: Int32 = 1
            // Responses go out in one writev; Nagle would only delay the next pipelined one.
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            return .value((fd, SocketAddress.text(storage)))
        }
    }

    func close() {
        _ = Glibc.close(fileDescriptor)
    }
}
