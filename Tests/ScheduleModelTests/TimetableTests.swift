import Foundation
import PropertyBased
import Testing

@testable import ScheduleModel

@Suite("Timetables and occurrences")
struct TimetableTests {
    @Test("Seed 004: Abzhelova's Mondays and Fridays over 2026/2027 skip vacations and days off")
    func seed004Occurrences() throws {
        let timetable = try SchoolFixtures.seed004Timetables()[0]
        let occurrences = timetable.occurrences(
            in: SchoolFixtures.year2026.range, calendar: SchoolFixtures.calendar2026)
        let dates = Set(occurrences.map(\.date))
        #expect(dates.contains(SchoolFixtures.date("2026-09-04")))
        #expect(!dates.contains(SchoolFixtures.date("2026-10-30")), "autumn vacation")
        #expect(!dates.contains(SchoolFixtures.date("2027-02-22")), "transferred day off")
        #expect(!dates.contains(SchoolFixtures.date("2027-03-08")), "public holiday")
        #expect(!dates.contains(SchoolFixtures.date("2027-05-10")), "Victory Day moved from Sunday")
        #expect(dates.contains(SchoolFixtures.date("2027-02-20")), "working Saturday stands in for Monday")
        #expect(occurrences.allSatisfy { $0.range == Fixture.range("14:00-15:00") && $0.room == "Учительская" })
        #expect(occurrences == occurrences.sorted())
    }

    @Test("Exceptions: a cancelled date and an extra slot")
    func exceptions() throws {
        var timetable = try SchoolFixtures.seed004Timetables()[2]  // Wednesdays 09:00-12:00
        timetable.exceptions = [
            .cancelled(date: SchoolFixtures.date("2026-11-25"), range: nil, note: "болезнь"),
            .extra(
                date: SchoolFixtures.date("2026-11-27"), range: Fixture.range("15:00-16:00"), room: "Каб. 5", note: nil),
        ]
        let week = timetable.occurrences(
            in: SchoolFixtures.span("2026-11-23", "2026-11-29"),
            calendar: SchoolFixtures.calendar2026)
        #expect(week.map(\.date) == [SchoolFixtures.date("2026-11-27")])
        #expect(week.first?.isExtra == true)
        #expect(week.first?.room == "Каб. 5")
    }

    @Test("Validity limits occurrences; next occurrence finds the following slot")
    func validityAndNext() throws {
        var timetable = try SchoolFixtures.seed004Timetables()[1]  // Tue, Wed 14-15
        timetable.validity = SchoolFixtures.span("2026-11-01", "2026-11-30")
        let all = timetable.occurrences(in: SchoolFixtures.year2026.range, calendar: SchoolFixtures.calendar2026)
        #expect(all.first?.date == SchoolFixtures.date("2026-11-10"))
        #expect(all.last?.date == SchoolFixtures.date("2026-11-25"))
        let next = timetable.nextOccurrence(
            after: SchoolFixtures.instant("2026-11-24 14:30"),
            calendar: SchoolFixtures.calendar2026)
        #expect(next?.start == SchoolFixtures.instant("2026-11-25 14:00"))
        #expect(
            timetable.nextOccurrence(
                after: SchoolFixtures.instant("2026-12-01 00:00"),
                calendar: SchoolFixtures.calendar2026) == nil)
    }

    @Test("Occurrences agree with isOpen at random instants (property-based)")
    func occurrencesMatchIsOpen() async {
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow)
        await propertyCheck(count: 60, input: Generators.openingHours, Gen.int(in: 0...10_000).array(of: 5...20)) {
            hours, minutes in
            let timetable = Timetable(
                id: "t", slots: hours.makeSlots(),
                followsProductionCalendar: hours.holidayPolicy == .closed, skipsVacations: false)
            let days = SchoolFixtures.span("2025-12-20", "2026-01-20")
            let occurrences = timetable.occurrences(
                in: DateRange(start: days.start.adding(days: -1), end: days.end)!,
                calendar: calendar)
            for offset in minutes {
                let instant = calendar.instant(on: days.start, minutes: offset * 4)
                let inOccurrence = occurrences.contains { $0.start <= instant && instant < $0.end }
                #expect(
                    inOccurrence == hours.isOpen(at: instant, in: calendar), "\(hours.openingHoursSyntax) at \(instant)"
                )
            }
        }
    }

    @Test("nextChange really is the next change (property-based)")
    func nextChangeFlipsState() async {
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow)
        await propertyCheck(count: 100, input: Generators.openingHours, Generators.instant) { hours, instant in
            let before = hours.isOpen(at: instant, in: calendar)
            guard let change = hours.nextChange(after: instant, in: calendar, horizonDays: 30) else { return }
            #expect(change > instant)
            #expect(hours.isOpen(at: change, in: calendar) != before)
            #expect(hours.isOpen(at: change.addingTimeInterval(-60), in: calendar) == before)
        }
    }
}
