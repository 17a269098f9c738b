import Foundation
import Testing

@testable import ScheduleModel

@Suite("Queries: isOpen, next change, next opening")
struct QueryTests {
    let calendar = SchoolFixtures.calendar2026

    @Test("Seed 002 grid: the technician's Wednesday hours")
    func gridIsOpen() throws {
        let hours = try Fixture.hours("ср. 14.00-16.00")
        #expect(hours.isOpen(at: SchoolFixtures.instant("2026-11-25 15:30"), in: calendar))
        #expect(!hours.isOpen(at: SchoolFixtures.instant("2026-11-25 16:00"), in: calendar))
        #expect(!hours.isOpen(at: SchoolFixtures.instant("2026-11-24 15:00"), in: calendar))
    }

    @Test("Next change: closing time when open, next opening when closed")
    func nextChange() throws {
        let hours = try Fixture.hours("пон., ср. 14.00-16.00")
        let open = SchoolFixtures.instant("2026-11-23 15:00")
        #expect(hours.nextChange(after: open, in: calendar) == SchoolFixtures.instant("2026-11-23 16:00"))
        let closed = SchoolFixtures.instant("2026-11-23 17:00")
        #expect(hours.nextChange(after: closed, in: calendar) == SchoolFixtures.instant("2026-11-25 14:00"))
        #expect(OpeningHours.alwaysOpen.nextChange(after: open, in: calendar) == nil)
    }

    @Test("Lunch break is a change; a public holiday with PH off is closed")
    func lunchAndHoliday() throws {
        let hours = try Fixture.hours("пн-пт 9:00-13:00, 13:45-18:00, кроме праздничных дней")
        #expect(
            hours.nextChange(after: SchoolFixtures.instant("2026-11-23 12:00"), in: calendar)
                == SchoolFixtures.instant("2026-11-23 13:00"))
        #expect(!hours.isOpen(at: SchoolFixtures.instant("2026-11-04 10:00"), in: calendar))
        #expect(hours.isOpen(at: SchoolFixtures.instant("2026-11-05 10:00"), in: calendar))
    }

    @Test("Overnight range is open after midnight on the next day")
    func overnight() throws {
        let hours = try Fixture.hours("пт 22:00-02:00 (следующего дня)")
        #expect(hours.isOpen(at: SchoolFixtures.instant("2026-11-21 01:30"), in: calendar))
        #expect(!hours.isOpen(at: SchoolFixtures.instant("2026-11-21 02:00"), in: calendar))
        #expect(
            hours.nextChange(after: SchoolFixtures.instant("2026-11-21 01:00"), in: calendar)
                == SchoolFixtures.instant("2026-11-21 02:00"))
    }

    @Test("Seed 003 desk: a request of Fri 19:00 is registered at once and processed Mon from 9:00")
    func deskWeekend() throws {
        let friday = SchoolFixtures.instant("2026-11-20 19:00")
        #expect(try seed003Intake().nextOpening(atOrAfter: friday, in: calendar) == friday)
        let processing = try seed003Processing()
        #expect(processing.nextOpening(atOrAfter: friday, in: calendar) == SchoolFixtures.instant("2026-11-23 09:00"))
        #expect(
            processing.nextOpening(atOrAfter: SchoolFixtures.instant("2026-11-23 10:15"), in: calendar)
                == SchoolFixtures.instant("2026-11-23 10:15"))
    }

    @Test("Seed 003 desk: New Year holidays and transfers are skipped")
    func deskNewYear() throws {
        let evening = SchoolFixtures.instant("2026-12-30 20:00")
        #expect(try seed003Intake().nextOpening(atOrAfter: evening, in: calendar) == evening)
        #expect(
            try seed003Processing().nextOpening(atOrAfter: evening, in: calendar)
                == SchoolFixtures.instant("2027-01-11 09:00"))
    }

    @Test("Seed 003 desk: the working Saturday 1 Nov 2025 is a working day")
    func deskWorkingSaturday() throws {
        let processing = try seed003Processing()
        let calendar = SchoolFixtures.calendar2025
        #expect(
            processing.nextOpening(
                atOrAfter: SchoolFixtures.instant("2025-10-31 19:00", calendar: calendar),
                in: calendar) == SchoolFixtures.instant("2025-11-01 09:00", calendar: calendar))
        #expect(
            processing.nextOpening(
                atOrAfter: SchoolFixtures.instant("2025-11-01 19:00", calendar: calendar),
                in: calendar) == SchoolFixtures.instant("2025-11-05 09:00", calendar: calendar))
    }

    @Test("Another zone shifts instants, not wall-clock hours")
    func timeZones() throws {
        let hours = try Fixture.hours("пн-пт 9:00-18:00")
        let vladivostok = SchoolCalendar(timeZone: TimeZone(identifier: "Asia/Vladivostok")!)
        let instant = SchoolFixtures.instant("2026-11-23 10:00")  // 17:00 in Vladivostok
        #expect(hours.isOpen(at: instant, in: vladivostok))
        #expect(hours.nextChange(after: instant, in: vladivostok) == instant.addingTimeInterval(3600))
    }

    /// Seed 003's intake: requests are registered round the clock.
    func seed003Intake() throws -> OpeningHours {
        try Fixture.hours("круглосуточно в режиме 24x7, включая выходные и праздничные дни")
    }

    /// Seed 003's processing: working days from 9:00 to 18:00.
    func seed003Processing() throws -> OpeningHours {
        try Fixture.hours("ежедневно с 9:00 до 18:00, кроме выходных и праздничных дней")
    }
}

@Suite("Daylight-saving edges")
struct DaylightSavingTests {
    let berlin = SchoolCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!)

    @Test("A wall time in the spring gap uses the offset before the gap; an ambiguous one its first occurrence")
    func gapAndOverlap() {
        let gap = berlin.instant(on: LocalDate(iso: "2027-03-28")!, minutes: 150)
        #expect(ISODateTime.format(gap, in: TimeZone(identifier: "UTC")!) == "2027-03-28T01:30Z")
        let overlap = berlin.instant(on: LocalDate(iso: "2026-10-25")!, minutes: 150)
        #expect(ISODateTime.format(overlap, in: TimeZone(identifier: "UTC")!) == "2026-10-25T00:30Z")
    }

    @Test("Opening hours keep their wall-clock times across the change")
    func wallClock() throws {
        let hours = try Fixture.hours("ежедневно 9:00-18:00")
        let before = berlin.instant(on: LocalDate(iso: "2027-03-27")!, minutes: 9 * 60)
        let after = hours.nextChange(
            after: berlin.instant(on: LocalDate(iso: "2027-03-27")!, minutes: 20 * 60), in: berlin)
        #expect(hours.isOpen(at: before, in: berlin))
        #expect(after.map { ISODateTime.format($0, in: berlin.timeZone) } == "2027-03-28T09:00+02:00")
    }
}
