import Foundation
import Testing

@testable import ScheduleModel

@Suite("iCalendar text rules, ISO date-times and the hours report")
struct ExportAndCLITests {
    @Test("Escaping of TEXT values")
    func escaping() {
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test("Folding keeps lines within 75 octets and never splits a UTF-8 sequence")
    func folding() {
        let line = "SUMMARY:" + String(repeating: "Консультация ", count: 12)
        let folded = ICalendarWriter.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(
            physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("Calendar output is deterministic, CRLF-terminated and has one VEVENT per slot")
    func deterministic() throws {
        let events = try SchoolFixtures.seed004Timetables().map { ICalendarEvent(timetable: $0, summary: $0.person!) }
        let stamp = Date(timeIntervalSince1970: 1_790_000_000)
        let a = ICalendarWriter.makeCalendar(
            name: "x", events: events, calendar: SchoolFixtures.calendar2026, stamp: stamp)
        let b = ICalendarWriter.makeCalendar(
            name: "x", events: events, calendar: SchoolFixtures.calendar2026, stamp: stamp)
        #expect(a == b)
        #expect(a.hasSuffix("END:VCALENDAR\r\n"))
        #expect(a.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
        #expect(a.contains("UID:abzhelova-MO-1400-1500@boardgen"))
        #expect(a.contains("RDATE;TZID=Europe/Moscow:20270220T140000"))
        #expect(!a.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("An extra slot with a weekly slot's time and room is an RDATE; any other extra is its own VEVENT")
    func extrasAsRDATE() throws {
        var table = Timetable(
            id: "t", hours: try Fixture.hours("пн 14:00-15:00"), room: "Каб. 1",
            validity: SchoolFixtures.year2026.range)
        table.exceptions = [
            .extra(
                date: SchoolFixtures.date("2026-11-24"), range: Fixture.range("14:00-15:00"), room: "Каб. 1", note: nil),
            .extra(
                date: SchoolFixtures.date("2026-11-25"), range: Fixture.range("14:00-15:00"), room: "Каб. 2", note: nil),
        ]
        let ics = ICalendarWriter.makeCalendar(
            name: "t", events: [ICalendarEvent(timetable: table, summary: "s")],
            calendar: SchoolFixtures.calendar2026, stamp: Date(timeIntervalSince1970: 0))
        #expect(ics.contains("RDATE;TZID=Europe/Moscow:20261124T140000"))
        #expect(ics.contains("UID:t-extra-20261125-1400-1500@boardgen"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
    }

    @Test(
        "ISO date-times: local, UTC and offset forms; invalid ones refused",
        arguments: [
            ("2026-11-23T15:00", "2026-11-23T15:00+03:00"),
            ("2026-11-23 15:00:30", "2026-11-23T15:00:30+03:00"),
            ("2026-11-23T12:00Z", "2026-11-23T15:00+03:00"),
            ("2026-11-23T10:00-02:00", "2026-11-23T15:00+03:00"),
        ])
    func isoDateTimes(text: String, expected: String) throws {
        let moscow = SchoolFixtures.moscow
        let date = try #require(ISODateTime.parse(text, in: moscow))
        #expect(ISODateTime.format(date, in: moscow) == expected)
    }

    @Test(
        "Invalid ISO date-times",
        arguments: ["bad", "2026-11-23", "2026-02-30T10:00", "2026-11-23T24:00", "2026-11-23T10:00+99:00"])
    func invalidDateTimes(text: String) {
        #expect(ISODateTime.parse(text, in: SchoolFixtures.moscow) == nil)
    }

    @Test("The hours report prints state and next change in Russian and English")
    func report() throws {
        let hours = try Fixture.hours("Понедельник, пятница 14:00-15:00")
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow)
        let at = SchoolFixtures.instant("2026-11-23 14:30")
        #expect(
            HoursReport.make(hours, at: at, calendar: calendar, language: .ru).lines == [
                "Mo,Fr 14:00-15:00", "Пн, Пт 14:00–15:00", "открыто", "следующее изменение: 2026-11-23T15:00+03:00",
            ])
        #expect(
            HoursReport.make(hours, at: at, calendar: calendar, language: .en).lines == [
                "Mo,Fr 14:00-15:00", "Mon, Fri 14:00–15:00", "open", "next change: 2026-11-23T15:00+03:00",
            ])
        #expect(HoursReport.make(hours, at: nil, calendar: calendar, language: .en).lines.count == 2)
    }

    @Test("Diagnostics render compiler-style")
    func rendering() throws {
        let failure = try #require(Fixture.failure("пн 14:60-15:00"))
        #expect(
            failure.diagnostics[0].render(source: "пн 14:60-15:00").hasPrefix("пн 14:60-15:00:1:4: error: [BG202] "))
    }
}

@Suite("The pure pieces behind boardgen hours")
struct HoursPiecesTests {
    let moscow = SchoolCalendar(timeZone: SchoolFixtures.moscow)

    @Test("Success: canonical, human, state and next change for an ISO instant")
    func success() throws {
        let hours = try Fixture.hours("пн-пт 9:00-18:00, кроме праздничных дней")
        let at = try #require(ISODateTime.parse("2026-11-23T15:00", in: SchoolFixtures.moscow))
        #expect(
            HoursReport.make(hours, at: at, calendar: moscow, language: .ru).lines == [
                "Mo-Fr 09:00-18:00; PH off", "Пн–Пт 09:00–18:00, кроме праздничных дней",
                "открыто", "следующее изменение: 2026-11-23T18:00+03:00",
            ])
        let english = try Fixture.hours("Mon-Fri 9:00-18:00")
        let saturday = try #require(ISODateTime.parse("2026-11-21T12:00Z", in: SchoolFixtures.moscow))
        #expect(
            HoursReport.make(english, at: saturday, calendar: moscow, language: .en).lines.suffix(2)
                == ["closed", "next change: 2026-11-23T09:00+03:00"])
    }

    @Test("A bad expression renders as a compiler-style line with its code")
    func badExpression() throws {
        let failure = try #require(Fixture.failure("пн 25:00-26:00"))
        #expect(failure.diagnostics.map(\.code) == [.invalidTime])
        let line = failure.diagnostics[0].render(source: "пн 25:00-26:00")
        #expect(line.hasPrefix("пн 25:00-26:00:1:4: error: [BG202] invalid time \"25:00\""))
    }

    @Test("What the command refuses as a usage error is refused by the pure pieces")
    func usage() {
        #expect(ISODateTime.parse("завтра", in: SchoolFixtures.moscow) == nil)
        #expect(ScheduleLanguage(rawValue: "de") == nil)
        #expect(ScheduleLanguage(rawValue: "en") == .en)
        #expect(TimeZone(identifier: "Mars/Olympus") == nil)
    }

    @Test("The zone sets the wall clock the instant is read in and the offset shown")
    func zone() throws {
        let yekaterinburg = try #require(TimeZone(identifier: "Asia/Yekaterinburg"))
        let at = try #require(ISODateTime.parse("2026-11-23T08:30", in: yekaterinburg))
        let report = HoursReport.make(
            try Fixture.hours("пн-пт 9:00-18:00"), at: at,
            calendar: SchoolCalendar(timeZone: yekaterinburg), language: .ru)
        #expect(report.lines.suffix(2) == ["закрыто", "следующее изменение: 2026-11-23T09:00+05:00"])
    }
}
