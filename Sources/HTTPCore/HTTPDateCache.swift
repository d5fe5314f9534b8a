import Glibc

/// The `Date` field's value (IMF-fixdate, RFC 9110 §5.6.7), formatted at most once per second.
///
/// Each event loop keeps its own, so no lock is needed; formatting happens only when the second changes.
public struct HTTPDateCache: Sendable {
    private var second: time_t = -1
    private var cached = ""

    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public init() {}

    /// The value for the current second of the wall clock.
    public mutating func value() -> String {
        value(at: time(nil))
    }

    /// The value for a given second since the epoch (UTC).
    public mutating func value(at now: time_t) -> String {
        if now != second {
            second = now
            cached = Self.format(now)
        }
        return cached
    }

    /// Formats a second since the epoch as `Sun, 06 Nov 1994 08:49:37 GMT`.
    public static func format(_ t: time_t) -> String {
        var seconds = t
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}
