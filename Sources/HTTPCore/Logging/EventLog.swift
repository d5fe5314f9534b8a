import Glibc
import Synchronization

/// Server events (start, reload, drain, errors) as JSON lines with a level, on stderr by default.
///
/// The access log keeps stdout to itself, one line per request; events go to their own stream so a
/// log shipper can route them apart. A line:
/// `{"time":"2026-11-25T14:39:06.123456Z","level":"error","event":"reload.problem","message":"…","file":"claims.json","line":12}`.
/// Each line is written with one `write` under a lock, so lines from several threads never interleave.
public final class EventLog: Sendable {
    /// Events below this level are dropped.
    public let minimumLevel: LogLevel
    private let fileDescriptor: Int32
    private let lock = Mutex(())

    /// A log writing lines at `minimumLevel` and above to a descriptor it does not own (2: stderr).
    public init(minimumLevel: LogLevel = .info, fileDescriptor: Int32 = 2) {
        self.minimumLevel = minimumLevel
        self.fileDescriptor = fileDescriptor
    }

    /// A field's value in an event line.
    public enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
    }

    /// Writes one event: `event` is a short dotted name (`reload.done`), `message` a sentence for people.
    public func log(_ level: LogLevel, _ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        guard level >= minimumLevel else { return }
        let line = Self.line(level, event, message, fields, unixMicroseconds: WallClock.unixMicroseconds())
        lock.withLock { _ in LogDescriptor.writeAll(line, to: fileDescriptor) }
    }

    /// Logs at `debug`: detail for diagnosing, off by default.
    public func debug(_ event: String, _ message: String, _ fields: [(String, Value)] = []) { log(.debug, event, message, fields) }
    /// Logs at `info`: the normal life of the server (start, reload, drain).
    public func info(_ event: String, _ message: String, _ fields: [(String, Value)] = []) { log(.info, event, message, fields) }
    /// Logs at `warn`: something an operator should look at, though serving goes on.
    public func warn(_ event: String, _ message: String, _ fields: [(String, Value)] = []) { log(.warn, event, message, fields) }
    /// Logs at `error`: something failed (a reload, a certificate, a system call).
    public func error(_ event: String, _ message: String, _ fields: [(String, Value)] = []) { log(.error, event, message, fields) }

    /// The JSON line for an event, newline included.
    public static func line(
        _ level: LogLevel, _ event: String, _ message: String, _ fields: [(String, Value)], unixMicroseconds: Int64
    ) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("time"); json.string(AccessLog.rfc3339(unixMicroseconds))
        json.key("level"); json.string(level.name)
        json.key("event"); json.string(event)
        json.key("message"); json.string(message)
        for (name, value) in fields {
            json.key(name)
            switch value {
            case .string(let s): json.string(s)
            case .int(let i): json.int(i)
            case .double(let d): json.double(d)
            case .bool(let b): json.bool(b)
            }
        }
        json.endObject()
        return json.bytes + [0x0A]
    }
}
