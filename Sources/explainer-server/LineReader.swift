import Glibc

/// Reads stdin as newline-delimited lines of at most `limit` bytes each, holding at most one line.
struct LineReader {
    /// A line without its newline, or word that one was longer than the limit (its bytes dropped).
    enum Line {
        case line([UInt8])
        case tooLong
    }

    /// The longest line kept, in bytes.
    let limit: Int
    private var buffer: [UInt8] = []
    private var discarding = false
    private var atEnd = false

    /// A reader with a line limit in bytes.
    init(limit: Int) { self.limit = limit }

    /// The next line, or nil once stdin is closed (a last line without a newline still counts).
    mutating func next() -> Line? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if discarding {
                    discarding = false
                    return .tooLong
                }
                return .line(line)
            }
            if buffer.count > limit {
                buffer.removeAll(keepingCapacity: true)
                discarding = true
            }
            if atEnd {
                if discarding {
                    discarding = false
                    return .tooLong
                }
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return .line(buffer)
            }
            var chunk = [UInt8](repeating: 0, count: 16_384)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                atEnd = true
                continue
            }
            buffer += chunk[..<n]
        }
    }
}
