import Foundation

/// The office whose working days and hours response times are counted in: the school's calendar
/// (zone and production calendar) and its working hours ("пн-пт 9:00-18:00, перерыв 13:00-14:00").
///
/// A working day is a working day of the production calendar on which the hours give times (on a
/// transferred working Saturday, the hours of the weekday it stands in for). Hours without times
/// ("по рабочим дням") make every working day run from 00:00 to 24:00.
public struct ResponseOffice: Hashable, Sendable {
    /// The school's zone and production calendar.
    public var calendar: SchoolCalendar
    /// The office's working hours, on the school's clock (a stated zone is converted).
    public var hours: OpeningHours

    /// Creates an office; without hours, every working day of the production calendar is worked in full.
    public init(calendar: SchoolCalendar, hours: OpeningHours = .workingDays()) {
        self.calendar = calendar
        self.hours = hours
    }

    /// How far ahead the office looks for a working day.
    static let horizonDays = 400

    /// The working ranges on `date`, on the school's clock (empty on days off).
    public func workingRanges(on date: LocalDate) -> [TimeRange] {
        guard let weekday = calendar.holidays.effectiveWeekday(date) else { return [] }
        guard hours.status == .regular, !hours.isEmpty else { return [.allDay] }
        let local = hours.localized(to: calendar.timeZone, at: calendar.instant(on: date, minutes: 720))
        return local.weeklyRanges(on: weekday)
    }

    /// Whether the office works on `date`.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !workingRanges(on: date).isEmpty }

    /// The `count`-th working day after `date` (`date` itself not counted); `nil` beyond the horizon.
    public func workingDay(after date: LocalDate, count: Int) -> LocalDate? {
        var current = date, remaining = max(count, 0)
        for _ in 0..<(Self.horizonDays + count * 3) {
            if remaining == 0 { return current }
            current = current.adding(days: 1)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return remaining == 0 ? current : nil
    }

    /// When work starts on `date`; `nil` on a day off.
    public func startOfWorkingDay(_ date: LocalDate) -> Date? {
        workingIntervals(on: date).first?.start
    }

    /// When work ends on `date`; `nil` on a day off.
    public func endOfWorkingDay(_ date: LocalDate) -> Date? {
        workingIntervals(on: date).last?.end
    }

    /// The first instant at or after `instant` within working hours; `nil` beyond the horizon.
    public func firstWorkingInstant(atOrAfter instant: Date) -> Date? {
        let day = calendar.localDate(of: instant)
        for offset in -1...Self.horizonDays {
            for interval in workingIntervals(on: day.adding(days: offset)) where interval.end > instant {
                return max(interval.start, instant)
            }
        }
        return nil
    }

    /// The instant `minutes` of working time after `instant` (breaks, evenings and days off skipped).
    public func addingWorkingTime(minutes: Int, to instant: Date) -> Date? {
        var remaining = Double(minutes) * 60
        let day = calendar.localDate(of: instant)
        for offset in -1...(Self.horizonDays + minutes / 60) {
            for interval in workingIntervals(on: day.adding(days: offset)) where interval.end > instant {
                let start = max(interval.start, instant)
                let available = interval.end.timeIntervalSince(start)
                if remaining <= available { return start.addingTimeInterval(remaining) }
                remaining -= available
            }
        }
        return nil
    }
}

private extension ResponseOffice {
    /// The working ranges of `date` as instants.
    func workingIntervals(on date: LocalDate) -> [DateInterval] {
        workingRanges(on: date).map { range in
            DateInterval(
                start: calendar.instant(on: date, minutes: range.start.minutes),
                end: calendar.instant(on: date, minutes: range.endMinutesFromStartDay))
        }
    }
}
