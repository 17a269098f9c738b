import Foundation

extension Timetable {
    /// The occurrences whose start date lies in `range`, honouring validity, exceptions,
    /// public holidays, transfers (working Saturdays) and vacations; sorted by start.
    public func occurrences(in range: DateRange, calendar: SchoolCalendar) -> [Occurrence] {
        let window = validity.flatMap { $0.intersection(range) }
        var result: [Occurrence] = []
        if validity == nil || window != nil {
            for date in (validity == nil ? range : window!).days {
                result += weeklyOccurrences(on: date, calendar: calendar)
            }
        }
        for case let .extra(date, slotRange, room, note) in exceptions where range.contains(date) {
            result.append(
                makeOccurrence(date: date, range: slotRange, room: room, note: note, slot: nil, calendar: calendar))
        }
        return result.sorted()
    }

    /// The first occurrence starting at or after `instant`, looking at most `horizonDays` ahead.
    public func nextOccurrence(after instant: Date, calendar: SchoolCalendar, horizonDays: Int = 400) -> Occurrence? {
        let today = calendar.localDate(of: instant)
        var chunkStart = today
        while today.days(to: chunkStart) < horizonDays {
            let chunk = DateRange(start: chunkStart, end: chunkStart.adding(days: 30))!
            if let found = occurrences(in: chunk, calendar: calendar).first(where: { $0.start >= instant }) {
                return found
            }
            chunkStart = chunkStart.adding(days: 31)
        }
        return nil
    }

    /// The weekday whose slots apply on `date`, or `nil` when nothing takes place that day
    /// (a public holiday or transferred day off, a vacation). On a transferred working weekend day
    /// it is the weekday that day stands in for; ordinary Saturdays and Sundays keep their own slots.
    public func effectiveWeekday(on date: LocalDate, calendar: SchoolCalendar) -> Weekday? {
        if skipsVacations, calendar.schoolYear?.isVacation(date) == true { return nil }
        guard followsProductionCalendar else { return date.weekday }
        let holidays = calendar.holidays
        if holidays.isPublicHoliday(date) || holidays.extraDaysOff[date] != nil { return nil }
        return holidays.extraWorkingDays[date] ?? date.weekday
    }
}

private extension Timetable {
    func weeklyOccurrences(on date: LocalDate, calendar: SchoolCalendar) -> [Occurrence] {
        guard let weekday = effectiveWeekday(on: date, calendar: calendar) else { return [] }
        return slots.filter { $0.day == weekday && !isCancelled($0, on: date) }.map {
            makeOccurrence(date: date, range: $0.range, room: $0.room, note: $0.note, slot: $0, calendar: calendar)
        }
    }

    func isCancelled(_ slot: WeeklySlot, on date: LocalDate) -> Bool {
        exceptions.contains { exception in
            guard case let .cancelled(day, range, _) = exception, day == date else { return false }
            return range == nil || range == slot.range
        }
    }

    func makeOccurrence(
        date: LocalDate, range: TimeRange, room: String?, note: String?, slot: WeeklySlot?, calendar: SchoolCalendar
    ) -> Occurrence {
        Occurrence(
            timetableID: id, date: date, range: range,
            start: calendar.instant(on: date, minutes: range.start.minutes),
            end: calendar.instant(on: date, minutes: range.endMinutesFromStartDay),
            room: room, note: note, slot: slot
        )
    }
}
