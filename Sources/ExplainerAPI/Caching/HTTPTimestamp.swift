import Glibc

/// Dates as HTTP and JSON want them: IMF-fixdate for `Last-Modified` (RFC 9110 §5.6.7) and RFC 3339
/// for JSON bodies, both in UTC, from whole seconds since the epoch.
///
/// Glibc's `gmtime_r`/`timegm` do the calendar work; no locale is involved, so the text is the same
/// on every machine.
package enum HTTPTimestamp {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Sun, 06 Nov 1994 08:49:37 GMT`.
    package static func imfFixdate(_ seconds: Int) -> String {
        let t = breakDown(seconds)
        return "\(days[Int(t.tm_wday)]), \(pad(t.tm_mday)) \(months[Int(t.tm_mon)]) \(t.tm_year + 1900) "
            + "\(pad(t.tm_hour)):\(pad(t.tm_min)):\(pad(t.tm_sec)) GMT"
    }

    /// `1994-11-06T08:49:37Z`.
    package static func rfc3339(_ seconds: Int) -> String {
        let t = breakDown(seconds)
        return "\(t.tm_year + 1900)-\(pad(t.tm_mon + 1))-\(pad(t.tm_mday))T\(pad(t.tm_hour)):\(pad(t.tm_min)):\(pad(t.tm_sec))Z"
    }

    /// Parses an IMF-fixdate; nil for anything else. RFC 9110 lets a recipient ignore an
    /// `If-Modified-Since` it cannot parse, and the obsolete formats are not worth the risk.
    package static func parseIMFFixdate(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", parts[0].hasSuffix(","),
            let day = Int(parts[1]), let month = months.firstIndex(of: String(parts[2])), let year = Int(parts[3])
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]), (0...59).contains(clock[1]),
            (0...60).contains(clock[2]), (1900...9999).contains(year)
        else { return nil }
        var t = tm()
        t.tm_year = Int32(year - 1900)
        t.tm_mon = Int32(month)
        t.tm_mday = Int32(day)
        t.tm_hour = Int32(clock[0])
        t.tm_min = Int32(clock[1])
        t.tm_sec = Int32(clock[2])
        return Int(timegm(&t))
    }

    /// The current time in whole seconds since the epoch.
    package static func now() -> Int { Int(time(nil)) }

    private static func breakDown(_ seconds: Int) -> tm {
        var t = tm()
        var s = time_t(seconds)
        gmtime_r(&s, &t)
        return t
    }

    private static func pad(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
