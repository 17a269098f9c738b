/// A production calendar: public holidays, transferred days off and working weekend days.
///
/// A date is a working day when it is listed as a working day (a transferred working Saturday),
/// or when it is Monday to Friday and neither a public holiday nor a transferred day off.
public struct HolidayCalendar: Hashable, Sendable {
    /// Official public holidays (нерабочие праздничные дни), with their names.
    public internal(set) var publicHolidays: [LocalDate: String]
    /// Additional non-working days (transfers of days off), with the reason.
    public internal(set) var extraDaysOff: [LocalDate: String]
    /// Working weekend days; the value is the weekday whose timetable applies that day.
    public internal(set) var extraWorkingDays: [LocalDate: Weekday]
    /// The years the data covers; outside them only Saturdays and Sundays are days off.
    public internal(set) var coveredYears: Set<Int>

    /// Creates a calendar from its parts.
    public init(
        publicHolidays: [LocalDate: String] = [:],
        extraDaysOff: [LocalDate: String] = [:],
        extraWorkingDays: [LocalDate: Weekday] = [:],
        coveredYears: Set<Int> = []
    ) {
        self.publicHolidays = publicHolidays
        self.extraDaysOff = extraDaysOff
        self.extraWorkingDays = extraWorkingDays
        self.coveredYears = coveredYears
    }

    /// A calendar without holidays: Monday to Friday are working days.
    public static let weekendsOnly = HolidayCalendar()

    /// Whether the date is an official public holiday.
    public func isPublicHoliday(_ date: LocalDate) -> Bool { publicHolidays[date] != nil }

    /// Whether people work on that date.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        if extraWorkingDays[date] != nil { return true }
        if publicHolidays[date] != nil || extraDaysOff[date] != nil { return false }
        return !date.weekday.isWeekend
    }

    /// Whether the date is a day off that falls Monday to Friday (a holiday or a transfer).
    public func isWeekdayOff(_ date: LocalDate) -> Bool { !date.weekday.isWeekend && !isWorkingDay(date) }

    /// The weekday whose hours apply on a working day: the day itself, or for a transferred
    /// working weekend day the weekday it stands in for. `nil` on days off.
    public func effectiveWeekday(_ date: LocalDate) -> Weekday? {
        guard isWorkingDay(date) else { return nil }
        return extraWorkingDays[date] ?? date.weekday
    }

    /// Whether the data covers the year.
    public func covers(year: Int) -> Bool { coveredYears.contains(year) }

    /// The name of the holiday or the reason for a day off, if any.
    public func reason(for date: LocalDate) -> String? { publicHolidays[date] ?? extraDaysOff[date] }

    /// A copy with a school's own overrides: extra days off and extra working days (which win).
    public func applying(_ overrides: HolidayOverrides) -> HolidayCalendar {
        var copy = self
        for (date, reason) in overrides.daysOff {
            copy.extraWorkingDays[date] = nil
            copy.extraDaysOff[date] = reason
        }
        for (date, weekday) in overrides.workingDays {
            copy.extraDaysOff[date] = nil
            copy.publicHolidays[date] = nil
            copy.extraWorkingDays[date] = weekday
        }
        return copy
    }

    /// The `n`-th working day after `date` (`n` > 0) or before it (`n` < 0); `date` itself is not counted.
    public func addingWorkingDays(_ n: Int, to date: LocalDate) -> LocalDate {
        var current = date
        var remaining = abs(n)
        let step = n >= 0 ? 1 : -1
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The latest working day on or before `date` (searching back at most a year).
    public func workingDay(onOrBefore date: LocalDate) -> LocalDate {
        var current = date
        for _ in 0..<366 where !isWorkingDay(current) { current = current.adding(days: -1) }
        return current
    }
}

/// A school's changes to the national production calendar.
public struct HolidayOverrides: Hashable, Sendable {
    /// Additional days off with their reason ("День учителя", "карантин").
    public var daysOff: [LocalDate: String]
    /// Additional working days, with the weekday whose timetable applies.
    public var workingDays: [LocalDate: Weekday]

    /// Creates overrides.
    public init(daysOff: [LocalDate: String] = [:], workingDays: [LocalDate: Weekday] = [:]) {
        self.daysOff = daysOff
        self.workingDays = workingDays
    }
}
