import Foundation

/// A calendar day as content records it (`YYYY-MM-DD`, in UTC): when a file last changed, when a
/// section was reviewed or is due for review, when the sources were checked.
///
/// A day, not an instant: content dates come from `Content/dates.json` (kept from `git log` of the
/// files), so two replicas of one folder, or a reload that changes nothing, give the same dates.
public struct ContentDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, four digits.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31 (checked against the month).
    public let day: Int

    /// Parses `YYYY-MM-DD`; `nil` unless it is a real calendar day written exactly so.
    public init?(_ text: String) {
        guard ContentRules.isISODate(text) else { return nil }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        year = parts[0]
        month = parts[1]
        day = parts[2]
    }

    /// The UTC day that contains `date`.
    public init(containing date: Date) {
        var days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // Howard Hinnant's civil_from_days: exact for every day of the proleptic Gregorian calendar.
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shifted + 2) / 5 + 1
        month = shifted < 10 ? shifted + 3 : shifted - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Seconds since the epoch at the start of the day (00:00:00 UTC): what `Last-Modified` sends.
    public var secondsSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Earlier days first.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension ContentDate {
    /// The newest of `days`, or `nil` when any of them is unknown (the newest is then unknown too)
    /// and for none at all.
    public static func newest(of days: some Sequence<ContentDate?>) -> ContentDate? {
        var newest: ContentDate?
        for day in days {
            guard let day else { return nil }
            if newest.map({ day > $0 }) ?? true { newest = day }
        }
        return newest
    }
}
