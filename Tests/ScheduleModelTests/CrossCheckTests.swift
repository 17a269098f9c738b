import Foundation
import Testing

@testable import ScheduleModel

@Suite("Cross-checks with Python icalendar, recurring-ical-events and holidays")
struct CrossCheckTests {
    @Test(
        "iCalendar expansion equals the library's occurrences over the 2025/2026 school year",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func icalendar2025() throws {
        try checkCalendar(
            calendar: SchoolFixtures.calendar2025,
            events: try Self.sampleEvents(validity: SchoolFixtures.year2025.range))
    }

    @Test(
        "iCalendar expansion equals the library's occurrences over the 2026/2027 school year",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func icalendar2026() throws {
        try checkCalendar(
            calendar: SchoolFixtures.calendar2026,
            events: try Self.sampleEvents(validity: SchoolFixtures.year2026.range))
    }

    @Test(
        "iCalendar with a daylight-saving zone (Europe/Berlin) expands to the same instants",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func icalendarDaylightSaving() throws {
        var calendar = SchoolFixtures.calendar2026
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        // Sunday 02:30 falls into the spring-forward gap (28 March 2027) and the autumn overlap (25 October 2026):
        // RFC 5545 reads a gap time with the offset before the gap and an ambiguous time as its first occurrence.
        let night = Timetable(
            id: "dst", slots: [WeeklySlot(day: .sunday, range: Fixture.range("02:30-04:00"))],
            followsProductionCalendar: false, skipsVacations: false)
        let events =
            try Self.sampleEvents(validity: SchoolFixtures.year2026.range)
            + [ICalendarEvent(timetable: night, summary: "Ночное обслуживание")]
        try checkCalendar(calendar: calendar, events: events)
    }

    @Test(
        "The production calendar agrees with the holidays package (official calendar wins on transfers)",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func holidays() throws {
        guard let python = CrossCheck.requirePython() else { return }
        let directory = try CrossCheck.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("calendar.json")
        try Self.holidayJSON().write(to: file)
        let result = try CrossCheck.run(python: python, script: "holidays_check.py", arguments: [file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "The checks can fail: a missing occurrence and an unexplained holiday difference are caught",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func checksCanFail() throws {
        guard let python = CrossCheck.requirePython() else { return }
        let directory = try CrossCheck.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let calendar = SchoolFixtures.calendar2026
        let events = try Self.sampleEvents(validity: SchoolFixtures.year2026.range)
        let ics = ICalendarWriter.makeCalendar(
            name: "x", events: events, calendar: calendar, stamp: Date(timeIntervalSince1970: 0))
        let occurrences = events.flatMap { event in
            event.timetable.occurrences(in: SchoolFixtures.year2026.range, calendar: calendar).map {
                ($0, event.summary)
            }
        }
        try Data(ics.utf8).write(to: directory.appendingPathComponent("c.ics"))
        try Self.occurrenceJSON(Array(occurrences.dropFirst()), range: SchoolFixtures.year2026.range)
            .write(to: directory.appendingPathComponent("o.json"))
        let ical = try CrossCheck.run(
            python: python, script: "ical_check.py",
            arguments: [
                directory.appendingPathComponent("c.ics").path,
                directory.appendingPathComponent("o.json").path,
            ])
        #expect(ical.status == 1, "\(ical.output)")
        let holidays = try CrossCheck.run(
            python: python, script: "holidays_check.py",
            arguments: [try Self.writeHolidayFixture(in: directory, explained: false)])
        #expect(holidays.status == 1, "\(holidays.output)")
        let explained = try CrossCheck.run(
            python: python, script: "holidays_check.py",
            arguments: [try Self.writeHolidayFixture(in: directory, explained: true)])
        #expect(explained.status == 0, "\(explained.output)")
        #expect(explained.output.contains("the official calendar wins"))
    }

    func checkCalendar(calendar: SchoolCalendar, events: [ICalendarEvent]) throws {
        guard let python = CrossCheck.requirePython() else { return }
        let range = calendar.schoolYear!.range
        let stamp = Date(timeIntervalSince1970: 1_790_000_000)
        let ics = ICalendarWriter.makeCalendar(
            name: "Консультации, ЭлЖур", events: events, calendar: calendar, stamp: stamp)
        let occurrences = events.flatMap { event in
            event.timetable.occurrences(in: range, calendar: calendar).map { ($0, event.summary) }
        }
        #expect(occurrences.count > 100)
        let directory = try CrossCheck.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let icsFile = directory.appendingPathComponent("calendar.ics")
        let jsonFile = directory.appendingPathComponent("occurrences.json")
        try Data(ics.utf8).write(to: icsFile)
        try Self.occurrenceJSON(occurrences, range: range).write(to: jsonFile)
        let result = try CrossCheck.run(
            python: python, script: "ical_check.py", arguments: [icsFile.path, jsonFile.path])
        #expect(result.status == 0, "\(result.output)")
    }
}

extension CrossCheckTests {
    /// Seed 004 consultants, seed 002's two rooms, an overnight slot, exceptions and a timetable that
    /// ignores vacations (so working Saturdays become RDATEs).
    static func sampleEvents(validity: DateRange) throws -> [ICalendarEvent] {
        var events = try SchoolFixtures.seed004Timetables().map {
            var table = $0
            table.validity = validity
            return ICalendarEvent(timetable: table, summary: "Консультация: \($0.person!); вопросы по ЭлЖур, любые")
        }
        let technician = try OpeningHours.parse("пон. 14.00-15.00; ср. 14.00-16.00; чет. 15.00-16.00").get()
        var grid = Timetable(
            id: "tech", person: "Технический специалист",
            slots: technician.makeSlots(room: "Каб. информатики"), validity: validity)
        grid.exceptions = [
            .cancelled(date: validity.start.adding(days: 14), range: nil, note: nil),
            .extra(
                date: validity.start.adding(days: 20), range: Fixture.range("10:00-11:30"),
                room: "Каб. учебная часть", note: "дополнительно"),
            .extra(
                date: validity.start.adding(days: 22), range: Fixture.range("14:00-15:00"),
                room: "Каб. информатики", note: nil),
        ]
        events.append(
            ICalendarEvent(
                timetable: grid, summary: "Помощь по ЭЖ",
                details: "Очень длинное описание, "
                    + String(repeating: "которое нужно переносить по 75 октетов; ", count: 4)))
        let night = Timetable(
            id: "night",
            slots: [
                WeeklySlot(
                    day: .friday,
                    range: TimeRange(
                        start: TimeOfDay(hour: 22, minute: 0)!, end: TimeOfDay(hour: 1, minute: 30)!)!, room: "Онлайн")
            ],
            validity: validity, skipsVacations: false)
        events.append(ICalendarEvent(timetable: night, summary: "Ночная проверка"))
        let saturdays = Timetable(
            id: "mondays", slots: [WeeklySlot(day: .monday, range: Fixture.range("09:00-10:00"))],
            validity: validity, skipsVacations: false)
        events.append(ICalendarEvent(timetable: saturdays, summary: "Планёрка"))
        return events
    }

    static func occurrenceJSON(_ occurrences: [(Occurrence, String)], range: DateRange) throws -> Data {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let rows = occurrences.map { occurrence, summary in
            [
                "start": formatter.string(from: occurrence.start), "end": formatter.string(from: occurrence.end),
                "summary": summary, "location": occurrence.room ?? "",
            ]
        }
        let document: [String: Any] = ["start": range.start.iso, "end": range.end.iso, "occurrences": rows]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }

    /// Known differences with the holidays package, with the reason the official calendar wins.
    /// None for 2025-2027: the package's transfers (decrees No. 1335 of 04.10.2024, of 24.09.2025 and
    /// the 2027 decree) and art. 112 moves match the official calendar day for day. The package lists
    /// holidays that fall on a weekend (4-5 Jan 2025, 9 May 2026) too, which is not a difference in
    /// working days, so the check compares weekdays off and working weekend days, not raw lists.
    static let knownDisagreements: [String: String] = [:]

    /// The 2026 calendar with 9 January treated as a working day: a deliberate difference.
    static func writeHolidayFixture(in directory: URL, explained: Bool) throws -> String {
        let changed = HolidayCalendar.russia.applying(
            HolidayOverrides(workingDays: [LocalDate(iso: "2026-01-09")!: .friday]))
        let reasons = explained ? ["2026-01-09": "test fixture: a school override, not the national calendar"] : [:]
        let file = directory.appendingPathComponent(explained ? "explained.json" : "unexplained.json")
        try holidayJSON(changed, knownDisagreements: reasons).write(to: file)
        return file.path
    }

    static func holidayJSON(
        _ calendar: HolidayCalendar = .russia,
        knownDisagreements: [String: String] = CrossCheckTests.knownDisagreements
    ) throws -> Data {
        let years = calendar.coveredYears.sorted()
        let days = years.flatMap { DateRange(iso: "\($0)-01-01", "\($0)-12-31")!.days }
        let document: [String: Any] = [
            "years": years,
            "publicHolidays": calendar.publicHolidays.keys.sorted().map(\.iso),
            "nonWorkingWeekdays": days.filter(calendar.isWeekdayOff).map(\.iso),
            "workingWeekends": days.filter { $0.weekday.isWeekend && calendar.isWorkingDay($0) }.map(\.iso),
            "knownDisagreements": knownDisagreements,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
    }
}
