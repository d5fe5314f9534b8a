import Glibc
import Synchronization

/// The access log: one JSON line per request, buffered and written to a file descriptor (stdout).
///
/// `record` only formats and appends to a buffer; the event loops call `flush` once per batch of
/// ready events, so a busy loop makes one `write` for many requests instead of one each. A write
/// lock keeps lines from two loops whole. If the descriptor blocks (a full pipe), the loop that
/// flushes waits: an access log nobody reads should be turned off (`--access-log off`).
///
/// A line: `{"time":"2026-11-25T14:39:06.123456Z","method":"GET","path":"/healthz","status":200,
/// "bytes":16,"duration_us":42,"request_id":"…","client":"127.0.0.1"}`.
public final class AccessLog: Sendable {
    private let fileDescriptor: Int32
    private let buffer = Mutex<[UInt8]>([])
    private let writeLock = Mutex(())
    /// A buffer past this size is written at once rather than at the end of the batch.
    private static let flushThreshold = 64 * 1024

    /// A log writing to a descriptor it does not own (1 for stdout).
    public init(fileDescriptor: Int32 = 1) {
        self.fileDescriptor = fileDescriptor
    }

    /// Formats and buffers one line.
    public func record(_ entry: RequestLog) {
        let line = Self.line(entry)
        let full = buffer.withLock { buffer in
            buffer.append(contentsOf: line)
            return buffer.count >= Self.flushThreshold
        }
        if full { flush() }
    }

    /// Writes whatever is buffered.
    public func flush() {
        let bytes = buffer.withLock { buffer -> [UInt8] in
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        guard !bytes.isEmpty else { return }
        writeLock.withLock { _ in LogDescriptor.writeAll(bytes, to: fileDescriptor) }
    }

    /// The JSON line for an entry, newline included.
    public static func line(_ entry: RequestLog) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("time"); json.string(rfc3339(entry.unixMicroseconds))
        json.key("method"); json.string(entry.method)
        json.key("path"); json.string(entry.path)
        json.key("status"); json.int(entry.status)
        json.key("bytes"); json.int(entry.bytes)
        json.key("duration_us"); json.int(entry.durationMicroseconds)
        json.key("request_id"); json.string(entry.requestID)
        json.key("client"); json.string(entry.clientAddress)
        json.endObject()
        return json.bytes + [0x0A]
    }

    /// `2026-11-25T14:39:06.123456Z` for a count of microseconds since the epoch.
    public static func rfc3339(_ micros: Int64) -> String {
        var seconds = time_t(micros / 1_000_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let fraction = pad(Int(micros % 1_000_000), 6)
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))"
            + "T\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)).\(fraction)Z"
    }
}
