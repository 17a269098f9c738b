import Foundation

extension FixedTimes {
    /// The times on `date` once holidays and transfers are applied (as `OpeningHours.ranges(on:holidays:)`).
    public func times(on date: LocalDate, holidays: HolidayCalendar) -> [TimeOfDay] {
        switch holidayPolicy {
        case .unspecified:
            return weeklyTimes(on: date.weekday)
        case .closed:
            if holidays.isPublicHoliday(date) || holidays.extraDaysOff[date] != nil { return [] }
            return weeklyTimes(on: holidays.extraWorkingDays[date] ?? date.weekday)
        }
    }

    /// The instants of the events on the local days `range`, in order. Times stated in another zone
    /// are read on that zone's clock.
    public func instants(in range: DateRange, calendar: SchoolCalendar) -> [Date] {
        var clock = calendar
        if let zone { clock.timeZone = zone.timeZone }
        let margin = zone == nil ? 0 : 1
        let first = calendar.instant(on: range.start, minutes: 0)
        let last = calendar.instant(on: range.end, minutes: 1440)
        var result: [Date] = []
        for date in DateRange(start: range.start.adding(days: -margin), end: range.end.adding(days: margin))!.days {
            for time in times(on: date, holidays: calendar.holidays) {
                let instant = clock.instant(on: date, minutes: time.minutes)
                if instant >= first, instant < last { result.append(instant) }
            }
        }
        return result.sorted()
    }

    /// The first event at or after `instant`, within `horizonDays`.
    public func nextEvent(atOrAfter instant: Date, in calendar: SchoolCalendar, horizonDays: Int = 400) -> Date? {
        let date = calendar.localDate(of: instant)
        let window = DateRange(start: date, end: date.adding(days: horizonDays))!
        return instants(in: window, calendar: calendar).first { $0 >= instant }
    }

    /// The times on `timeZone`'s wall clock at `instant`: a stated zone is removed and the times
    /// moved (to the neighbouring day when they cross midnight).
    public func localized(to timeZone: TimeZone, at instant: Date) -> FixedTimes {
        guard let zone else { return self }
        let delta = zone.minutesToLocal(in: timeZone, at: instant)
        var shifted: [Weekday: [TimeOfDay]] = [:]
        for (day, times) in week {
            for time in times {
                let minutes = time.minutes + delta
                let carry = minutes.floorDiv(1440)
                shifted[day.advanced(by: carry), default: []].append(
                    TimeOfDay(uncheckedMinutes: minutes - carry * 1440))
            }
        }
        var value = FixedTimes(week: shifted, holidayPolicy: holidayPolicy)
        value.note = note
        return value
    }

    /// Human text that says both clocks when the stated zone differs from `timeZone` at `instant`:
    /// "Вт в 15:00 по московскому времени, Вт в 17:00 по местному времени". Otherwise `format(language)`.
    public func format(_ language: ScheduleLanguage, localTo timeZone: TimeZone, at instant: Date) -> String {
        guard let zone, !week.isEmpty, zone.minutesToLocal(in: timeZone, at: instant) != 0 else {
            return format(language)
        }
        var plain = self
        plain.note = nil
        plain.holidayPolicy = .unspecified
        var local = localized(to: timeZone, at: instant)
        local.note = nil
        local.holidayPolicy = .unspecified
        let suffix = language == .ru ? " по местному времени" : " local time"
        let holidays =
            holidayPolicy == .closed ? (language == .ru ? ", кроме праздничных дней" : ", except public holidays") : ""
        return plain.format(language) + ", " + local.format(language) + suffix + holidays
            + OpeningHours.formattedNote(note, language)
    }
}
