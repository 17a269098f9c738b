/// Checks a school's timetables against each other and against "today".
public enum ConsistencyChecker {
    /// All findings: people booked twice, rooms double-booked, exceptions outside validity,
    /// timetables that have expired or expire within `warningDays` of `today`.
    /// With a `schoolYear`, validity ranges reaching outside it are reported too (BG209), and with
    /// `holidays` as well, years of the school year the production calendar does not cover (BG215).
    public static func check(
        _ timetables: [Timetable], today: LocalDate, warningDays: Int = 14,
        schoolYear: SchoolYear? = nil, holidays: HolidayCalendar? = nil
    ) -> [ConsistencyFinding] {
        var findings = clashes(timetables) + outsideValidity(timetables)
        if let schoolYear {
            findings += outsideSchoolYear(timetables, schoolYear)
            if let holidays { findings += coverage(holidays, schoolYear) }
        }
        return findings + expiry(timetables, today: today, warningDays: warningDays)
    }

    /// BG215 for each year of the school year without production-calendar data.
    public static func coverage(_ holidays: HolidayCalendar, _ year: SchoolYear) -> [ConsistencyFinding] {
        (year.range.start.year...year.range.end.year).filter { !holidays.covers(year: $0) }.map {
            ConsistencyFinding(code: .missingCalendarData, message: noCalendarDataMessage(year: $0), timetableIDs: [])
        }
    }

    /// BG209 for validity ranges that start before or end after the school year.
    public static func outsideSchoolYear(_ timetables: [Timetable], _ year: SchoolYear) -> [ConsistencyFinding] {
        timetables.compactMap { table in
            guard let validity = table.validity, validity.start < year.range.start || validity.end > year.range.end
            else { return nil }
            let message = outsideSchoolYearMessage(table.id, validity, year)
            return ConsistencyFinding(code: .outsideValidity, message: message, timetableIDs: [table.id])
        }
    }

    /// BG208 (same person) and BG207 (same room, different people) for slots that overlap in time
    /// on the same weekday while both timetables are valid.
    public static func clashes(_ timetables: [Timetable]) -> [ConsistencyFinding] {
        let entries = timetables.flatMap { table in table.slots.map { (table, $0) } }
        var findings: [ConsistencyFinding] = []
        for i in entries.indices {
            for j in entries.indices where j > i {
                if let finding = clash(entries[i], entries[j]) { findings.append(finding) }
            }
        }
        return findings
    }

    /// BG209 for extra slots and cancellations dated outside the timetable's validity.
    public static func outsideValidity(_ timetables: [Timetable]) -> [ConsistencyFinding] {
        timetables.flatMap { table -> [ConsistencyFinding] in
            guard let validity = table.validity else { return [] }
            return table.exceptions.filter { !validity.contains($0.date) }.map {
                ConsistencyFinding(
                    code: .outsideValidity,
                    message: exceptionOutsideMessage(table.id, $0.date, validity),
                    timetableIDs: [table.id])
            }
        }
    }

    /// BG210 (validity ended before `today`) and BG211 (ends within `warningDays`).
    public static func expiry(_ timetables: [Timetable], today: LocalDate, warningDays: Int) -> [ConsistencyFinding] {
        timetables.compactMap { table in
            guard let end = table.validity?.end else { return nil }
            if end < today {
                return ConsistencyFinding(
                    code: .expired, message: expiredMessage(table.id, end),
                    timetableIDs: [table.id])
            }
            let left = today.days(to: end)
            guard left <= warningDays else { return nil }
            return ConsistencyFinding(
                code: .expiresSoon, message: expiresSoonMessage(table.id, end, daysLeft: left),
                timetableIDs: [table.id])
        }
    }
}

private extension ConsistencyChecker {
    static func clash(_ a: (Timetable, WeeklySlot), _ b: (Timetable, WeeklySlot)) -> ConsistencyFinding? {
        guard validitiesOverlap(a.0, b.0), slotsOverlap(a.1, b.1) else { return nil }
        let when = "\(a.1.day.fullName(.en)) \(a.1.range) and \(b.1.day.fullName(.en)) \(b.1.range)"
        let ids = [a.0.id, b.0.id]
        if let person = a.0.person, person == b.0.person {
            return ConsistencyFinding(
                code: .personDoubleBooked, message: bookedTwiceMessage(person, when, ids),
                timetableIDs: ids)
        }
        if let room = a.1.room, room == b.1.room {
            return ConsistencyFinding(
                code: .roomDoubleBooked, message: doubleBookedMessage(room, when, ids),
                timetableIDs: ids)
        }
        return nil
    }

    static func validitiesOverlap(_ a: Timetable, _ b: Timetable) -> Bool {
        guard let x = a.validity, let y = b.validity else { return true }
        return x.overlaps(y)
    }

    /// Compares slots on a minute-of-week axis, so an overnight slot meets the next day's slots.
    static func slotsOverlap(_ a: WeeklySlot, _ b: WeeklySlot) -> Bool {
        let week = 7 * 1440
        let aStart = (a.day.rawValue - 1) * 1440 + a.range.start.minutes, aEnd = aStart + a.range.durationMinutes
        let bStart = (b.day.rawValue - 1) * 1440 + b.range.start.minutes, bEnd = bStart + b.range.durationMinutes
        return [-week, 0, week].contains { shift in aStart < bEnd + shift && bStart + shift < aEnd }
    }
}

/// The messages of the findings, built next to the checks that raise them.
private extension ConsistencyChecker {
    static func noCalendarDataMessage(year: Int) -> String {
        "the production calendar has no data for \(year): only Saturdays and Sundays are treated "
            + "as days off; add the year's holidays and transfers"
    }

    static func outsideSchoolYearMessage(_ id: String, _ validity: DateRange, _ year: SchoolYear) -> String {
        "timetable \"\(id)\" is valid \(validity.start.dottedString)–\(validity.end.dottedString), "
            + "outside the school year \(year.name) (\(year.range.start.dottedString)–\(year.range.end.dottedString))"
    }

    static func exceptionOutsideMessage(_ id: String, _ date: LocalDate, _ validity: DateRange) -> String {
        "timetable \"\(id)\" has an exception on \(date.dottedString), "
            + "outside its validity \(validity.start.dottedString)–\(validity.end.dottedString)"
    }

    static func expiredMessage(_ id: String, _ end: LocalDate) -> String {
        "timetable \"\(id)\" expired on \(end.dottedString)"
    }

    static func expiresSoonMessage(_ id: String, _ end: LocalDate, daysLeft: Int) -> String {
        "timetable \"\(id)\" expires on \(end.dottedString), in \(daysLeft) days"
    }

    static func bookedTwiceMessage(_ person: String, _ when: String, _ ids: [String]) -> String {
        "\(person) is booked twice: \(when) (\(ids[0]), \(ids[1]))"
    }

    static func doubleBookedMessage(_ room: String, _ when: String, _ ids: [String]) -> String {
        "room \"\(room)\" is double-booked: \(when) (\(ids[0]), \(ids[1]))"
    }
}
