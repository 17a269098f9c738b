import Foundation

/// Everything needed to turn weekly hours into real instants for one school:
/// its IANA time zone, its production calendar and (optionally) its school year.
public struct SchoolCalendar: Hashable, Sendable {
    /// The school's time zone (Europe/Moscow by default).
    public var timeZone: TimeZone
    /// Public holidays and transfers, with the school's overrides applied.
    public var holidays: HolidayCalendar
    /// The current school year, with terms and vacations.
    public var schoolYear: SchoolYear?

    /// The default zone identifier, "Europe/Moscow".
    public static let defaultTimeZoneIdentifier = "Europe/Moscow"

    /// Creates a calendar; the zone defaults to Europe/Moscow and the holidays to `HolidayCalendar.russia`.
    public init(timeZone: TimeZone? = nil, holidays: HolidayCalendar = .russia, schoolYear: SchoolYear? = nil) {
        self.timeZone = timeZone ?? TimeZone(identifier: SchoolCalendar.defaultTimeZoneIdentifier)!
        self.holidays = holidays
        self.schoolYear = schoolYear
    }

    /// The local date of an instant in the school's zone.
    public func localDate(of instant: Date) -> LocalDate {
        let parts = gregorian.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The local date and minutes since midnight of an instant in the school's zone.
    public func localDateTime(of instant: Date) -> (date: LocalDate, minutes: Int) {
        let parts = gregorian.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        let date = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        return (date, parts.hour! * 60 + parts.minute!)
    }

    /// The instant of a local wall-clock time (`minutes` may exceed 1440: the following day).
    /// A time skipped by a daylight-saving jump resolves to the first valid instant after it.
    public func instant(on date: LocalDate, minutes: Int) -> Date {
        let day = date.adding(days: minutes / 1440)
        let rest = minutes % 1440
        var parts = DateComponents()
        (parts.year, parts.month, parts.day) = (day.year, day.month, day.day)
        (parts.hour, parts.minute) = (rest / 60, rest % 60)
        return gregorian.date(from: parts)!
    }

    /// A Gregorian calendar in the school's zone.
    public var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
