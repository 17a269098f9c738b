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
        #expect(physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test("Calendar output is deterministic, CRLF-terminated and has one VEVENT per slot")
    func deterministic() throws {
        let events = try SchoolFixtures.seed004Timetables().map { ICalendarEvent(timetable: $0, summary: $0.person!) }
        let stamp = Date(timeIntervalSince1970: 1_790_000_000)
        let a = ICalendarWriter.makeCalendar(name: "x", events: events, calendar: SchoolFixtures.calendar2026, stamp: stamp)
        let b = ICalendarWriter.makeCalendar(name: "x", events: events, calendar: SchoolFixtures.calendar2026, stamp: stamp)
        #expect(a == b)
        #expect(a.hasSuffix("END:VCALENDAR\r\n"))
        #expect(a.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
        #expect(a.contains("UID:abzhelova-MO-1400-1500@boardgen"))
        #expect(a.contains("RDATE;TZID=Europe/Moscow:20270220T140000"))
        #expect(!a.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("An extra slot with a weekly slot's time and room is an RDATE; any other extra is its own VEVENT")
    func extrasAsRDATE() throws {
        var table = Timetable(id: "t", hours: try Fixture.hours("пн 14:00-15:00"), room: "Каб. 1",
                              validity: SchoolFixtures.year2026.range)
        table.exceptions = [
            .extra(date: SchoolFixtures.date("2026-11-24"), range: Fixture.range("14:00-15:00"), room: "Каб. 1", note: nil),
            .extra(date: SchoolFixtures.date("2026-11-25"), range: Fixture.range("14:00-15:00"), room: "Каб. 2", note: nil),
        ]
        let ics = ICalendarWriter.makeCalendar(name: "t", events: [ICalendarEvent(timetable: table, summary: "s")],
                                               calendar: SchoolFixtures.calendar2026, stamp: Date(timeIntervalSince1970: 0))
        #expect(ics.contains("RDATE;TZID=Europe/Moscow:20261124T140000"))
        #expect(ics.contains("UID:t-extra-20261125-1400-1500@boardgen"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
    }

    @Test("ISO date-times: local, UTC and offset forms; invalid ones refused", arguments: [
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

    @Test("Invalid ISO date-times", arguments: ["bad", "2026-11-23", "2026-02-30T10:00", "2026-11-23T24:00", "2026-11-23T10:00+99:00"])
    func invalidDateTimes(text: String) {
        #expect(ISODateTime.parse(text, in: SchoolFixtures.moscow) == nil)
    }

    @Test("The hours report prints state and next change in Russian and English")
    func report() throws {
        let hours = try Fixture.hours("Понедельник, пятница 14:00-15:00")
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow)
        let at = SchoolFixtures.instant("2026-11-23 14:30")
        #expect(HoursReport.make(hours, at: at, calendar: calendar, language: .ru).lines == [
            "Mo,Fr 14:00-15:00", "Пн, Пт 14:00–15:00", "открыто", "следующее изменение: 2026-11-23T15:00+03:00"])
        #expect(HoursReport.make(hours, at: at, calendar: calendar, language: .en).lines == [
            "Mo,Fr 14:00-15:00", "Mon, Fri 14:00–15:00", "open", "next change: 2026-11-23T15:00+03:00"])
        #expect(HoursReport.make(hours, at: nil, calendar: calendar, language: .en).lines.count == 2)
    }

    @Test("Diagnostics render compiler-style")
    func rendering() throws {
        let failure = try #require(Fixture.failure("пн 14:60-15:00"))
        #expect(failure.diagnostics[0].render(source: "пн 14:60-15:00").hasPrefix("пн 14:60-15:00:1:4: error: [BG202] "))
    }
}

@Suite("boardgen hours behaviour (HoursRequest)")
struct HoursRequestTests {
    @Test("Success prints canonical, human, state and next change")
    func success() {
        let output = HoursRequest(expression: "пн-пт 9:00-18:00, кроме праздничных дней", instant: "2026-11-23T15:00").run()
        #expect(output.exitCode == 0)
        #expect(output.standardOutput == ["Mo-Fr 09:00-18:00; PH off", "Пн–Пт 09:00–18:00, кроме праздничных дней",
                                          "открыто", "следующее изменение: 2026-11-23T18:00+03:00"])
        #expect(output.standardError.isEmpty)
        let english = HoursRequest(expression: "Mon-Fri 9:00-18:00", language: "en", instant: "2026-11-21T12:00Z").run()
        #expect(english.standardOutput.suffix(2) == ["closed", "next change: 2026-11-23T09:00+03:00"])
    }

    @Test("A bad expression: compiler-style line, exit 1")
    func badExpression() {
        let output = HoursRequest(expression: "пн 25:00-26:00").run()
        #expect(output.exitCode == 1)
        #expect(output.standardOutput.isEmpty)
        #expect(output.standardError.first?.hasPrefix("пн 25:00-26:00:1:4: error: [BG202] ") == true)
    }

    @Test("Usage errors exit 2", arguments: [
        HoursRequest(expression: "пн 9-10", instant: "завтра"),
        HoursRequest(expression: "пн 9-10", timeZone: "Mars/Olympus"),
        HoursRequest(expression: "пн 9-10", language: "de"),
    ])
    func usage(request: HoursRequest) {
        let output = request.run()
        #expect(output.exitCode == 2)
        #expect(output.standardError.first?.hasPrefix("error: ") == true)
    }

    @Test("--tz changes the wall clock the instant is read in")
    func zone() {
        let output = HoursRequest(expression: "пн-пт 9:00-18:00", instant: "2026-11-23T08:30",
                                  timeZone: "Asia/Yekaterinburg").run()
        #expect(output.standardOutput.suffix(2) == ["закрыто", "следующее изменение: 2026-11-23T09:00+05:00"])
    }
}
