import Foundation

extension OpeningHours {
    /// The ranges that start on `date` once holidays and transfers are applied.
    public func ranges(on date: LocalDate, holidays: HolidayCalendar) -> [TimeRange] {
        guard status == .regular else { return [] }
        switch holidayPolicy {
        case .unspecified:
            return weeklyRanges(on: date.weekday)
        case .closed:
            if holidays.isPublicHoliday(date) || holidays.extraDaysOff[date] != nil { return [] }
            return weeklyRanges(on: holidays.extraWorkingDays[date] ?? date.weekday)
        }
    }

    /// The open intervals overlapping the local days `range` (touching intervals merged), as instants.
    /// Ranges stated in another zone ("по московскому времени") are read on that zone's clock.
    public func openIntervals(in range: DateRange, calendar: SchoolCalendar) -> [DateInterval] {
        var clock = calendar
        if let zone { clock.timeZone = zone.timeZone }
        let margin = zone == nil ? 0 : 1
        var raw: [DateInterval] = []
        for date in DateRange(start: range.start.adding(days: -1 - margin), end: range.end.adding(days: margin))!.days {
            for slot in ranges(on: date, holidays: calendar.holidays) {
                let start = clock.instant(on: date, minutes: slot.start.minutes)
                let end = clock.instant(on: date, minutes: slot.endMinutesFromStartDay)
                if end > start { raw.append(DateInterval(start: start, end: end)) }
            }
        }
        return OpeningHours.merge(raw)
    }

    /// Whether the place works on `date` at all: it has ranges then, or (for days named without
    /// times, "по рабочим дням") the date's weekday is one of them once holidays are applied.
    public func isOpenDay(_ date: LocalDate, holidays: HolidayCalendar) -> Bool {
        guard status == .unknown, !daysWithoutTimes.isEmpty else {
            return !ranges(on: date, holidays: holidays).isEmpty
        }
        switch holidayPolicy {
        case .unspecified:
            return daysWithoutTimes.contains(date.weekday)
        case .closed:
            if holidays.isPublicHoliday(date) || holidays.extraDaysOff[date] != nil { return false }
            return daysWithoutTimes.contains(holidays.extraWorkingDays[date] ?? date.weekday)
        }
    }

    /// Whether the place is open at the instant.
    public func isOpen(at instant: Date, in calendar: SchoolCalendar) -> Bool {
        let date = calendar.localDate(of: instant)
        let intervals = openIntervals(in: DateRange(start: date, end: date)!, calendar: calendar)
        return intervals.contains { $0.start <= instant && instant < $0.end }
    }

    /// The next instant after `instant` when the state (open/closed) changes, looking at most
    /// `horizonDays` ahead; `nil` when it never changes in that time (24/7, always closed).
    public func nextChange(after instant: Date, in calendar: SchoolCalendar, horizonDays: Int = 400) -> Date? {
        let date = calendar.localDate(of: instant)
        let window = DateRange(start: date, end: date.adding(days: horizonDays))!
        let horizonEnd = calendar.instant(on: window.end, minutes: 1440)
        for interval in openIntervals(in: window, calendar: calendar) {
            if interval.start > instant { return interval.start }
            if interval.end > instant { return interval.end >= horizonEnd ? nil : interval.end }
        }
        return nil
    }

    /// The first instant at or after `instant` when the place is open, within `horizonDays`.
    public func nextOpening(atOrAfter instant: Date, in calendar: SchoolCalendar, horizonDays: Int = 400) -> Date? {
        let date = calendar.localDate(of: instant)
        let window = DateRange(start: date, end: date.adding(days: horizonDays))!
        for interval in openIntervals(in: window, calendar: calendar) where interval.end > instant {
            return max(interval.start, instant)
        }
        return nil
    }
}

private extension OpeningHours {
    static func merge(_ intervals: [DateInterval]) -> [DateInterval] {
        var result: [DateInterval] = []
        for interval in intervals.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1] = DateInterval(start: last.start, end: max(last.end, interval.end))
            } else {
                result.append(interval)
            }
        }
        return result
    }
}
