import Foundation
import Testing

@testable import ScheduleModel

@Suite("Stated time zones: kept in the value, converted to the school's clock")
struct ZoneTests {
    let yekaterinburg = TimeZone(identifier: "Asia/Yekaterinburg")!
    let vladivostok = TimeZone(identifier: "Asia/Vladivostok")!
    let noon = SchoolFixtures.instant("2026-11-23 12:00")

    @Test("Moscow hours in a school two hours ahead: both clocks in the human form, local in OSM")
    func bothClocks() throws {
        let hours = try Fixture.hours("пн-пт 9:00-18:00 по московскому времени")
        #expect(
            hours.format(.ru, localTo: yekaterinburg, at: noon)
                == "Пн–Пт 09:00–18:00 по московскому времени, Пн–Пт 11:00–20:00 по местному времени")
        #expect(
            hours.format(.en, localTo: yekaterinburg, at: noon)
                == "Mon–Fri 09:00–18:00 Moscow time, Mon–Fri 11:00–20:00 local time")
        #expect(hours.localized(to: yekaterinburg, at: noon).openingHoursSyntax == "Mo-Fr 11:00-20:00")
        #expect(hours.format(.ru, localTo: SchoolFixtures.moscow, at: noon) == hours.format(.ru))
    }

    @Test("A shift past midnight moves the range to the next day; 24/7 stays 24/7")
    func pastMidnight() throws {
        let evening = try Fixture.hours("пт 20:00-23:00 МСК")
        #expect(evening.localized(to: vladivostok, at: noon).openingHoursSyntax == "Sa 03:00-06:00")
        let late = try Fixture.hours("пн-пт 9-18 МСК")
        #expect(late.localized(to: vladivostok, at: noon).format(.ru) == "Пн–Пт 16:00–01:00 (следующего дня)")
        let always = try Fixture.hours("круглосуточно по московскому времени")
        #expect(always.localized(to: vladivostok, at: noon) == .alwaysOpen)
        #expect(always.format(.ru, localTo: vladivostok, at: noon) == "круглосуточно по московскому времени")
        let kaliningrad = try Fixture.hours("пн 00:00-02:00, 10:00-12:00 МСК")
            .localized(to: TimeZone(identifier: "Europe/Kaliningrad")!, at: noon)
        #expect(kaliningrad.weeklyRanges(on: .sunday) == [Fixture.range("23:00-01:00")])
        #expect(kaliningrad.weeklyRanges(on: .monday) == [Fixture.range("09:00-11:00")])
    }

    @Test("Queries read the ranges on the stated clock")
    func queries() throws {
        let calendar = SchoolCalendar(timeZone: yekaterinburg)
        let hours = try Fixture.hours("пн-пт 9-18 МСК")
        let at1030 = try #require(ISODateTime.parse("2026-11-23T10:30", in: yekaterinburg))
        let at1130 = try #require(ISODateTime.parse("2026-11-23T11:30", in: yekaterinburg))
        #expect(!hours.isOpen(at: at1030, in: calendar))
        #expect(hours.isOpen(at: at1130, in: calendar))
        #expect(
            hours.nextChange(after: at1030, in: calendar).map { ISODateTime.format($0, in: yekaterinburg) }
                == "2026-11-23T11:00+05:00")
    }

    @Test("Fixed times in Moscow time, in a school in Omsk")
    func events() throws {
        let omsk = TimeZone(identifier: "Asia/Omsk")!
        let times = try FixedTimes.parse("по средам в 11:00 по московскому времени").get()
        #expect(times.zone == .moscow)
        #expect(
            times.format(.ru, localTo: omsk, at: noon)
                == "Ср в 11:00 по московскому времени, Ср в 14:00 по местному времени")
        let calendar = SchoolCalendar(timeZone: omsk)
        let monday = try #require(ISODateTime.parse("2026-11-23T09:00", in: omsk))
        let next = try #require(times.nextEvent(atOrAfter: monday, in: calendar))
        #expect(ISODateTime.format(next, in: omsk) == "2026-11-25T14:00+06:00")
    }

    @Test(
        "Zones are written back as read",
        arguments: [
            (NotationZone.moscow, "по московскому времени", "Moscow time"),
            (NotationZone(hoursFromMoscow: 2)!, "по времени МСК+2", "MSK+2"),
            (NotationZone(hoursFromMoscow: -1)!, "по времени МСК-1", "MSK-1"),
        ])
    func phrases(zone: NotationZone, ru: String, en: String) {
        #expect(zone.phrase(.ru) == ru && zone.phrase(.en) == en)
    }
}

@Suite("Fixed times (events)")
struct FixedTimesTests {
    @Test("Events honour public holidays when stated")
    func holidays() throws {
        let times = try FixedTimes.parse("по будням в 9.00, кроме праздничных дней").get()
        #expect(times.times(on: SchoolFixtures.date("2026-11-04"), holidays: .russia).isEmpty)
        #expect(
            times.times(on: SchoolFixtures.date("2026-11-05"), holidays: .russia) == [TimeOfDay(hour: 9, minute: 0)!])
    }

    @Test("The instants of a week, in order")
    func instants() throws {
        let times = try FixedTimes.parse("ежедневно в 14:15 и в 17:15").get()
        let week = DateRange(iso: "2026-11-23", "2026-11-29")!
        let instants = times.instants(in: week, calendar: SchoolFixtures.calendar2026)
        #expect(instants.count == 14)
        #expect(ISODateTime.format(instants[1], in: SchoolFixtures.moscow) == "2026-11-23T17:15+03:00")
    }
}

@Suite("boardgen hours for every class")
struct HoursReportClassTests {
    let now = SchoolFixtures.instant("2026-11-23 12:00")

    func lines(_ text: String, zone: TimeZone = SchoolFixtures.moscow, at: String? = nil) throws -> [String] {
        let notation = try ScheduleNotation.parse(text).get()
        let instant = try at.map { try #require(ISODateTime.parse($0, in: zone)) }
        return HoursReport.make(
            notation, at: instant, now: now, calendar: SchoolCalendar(timeZone: zone), language: .ru
        ).lines
    }

    @Test("Fixed times print the next event")
    func events() throws {
        #expect(
            try lines("по вторникам в 15:00", at: "2026-11-23T15:00")
                == ["Tu 15:00", "Вт в 15:00", "следующее событие: 2026-11-24T15:00+03:00"])
    }

    @Test("Working days without times print whether the instant is on one of them")
    func daysWithoutTimes() throws {
        #expect(
            try lines("по рабочим дням", at: "2026-11-23T15:00")
                == ["Mo-Fr unknown; PH off", "по рабочим дням", "день работы, время не указано"])
        #expect(try lines("по рабочим дням", at: "2026-11-04T15:00").last == "нерабочий день")
    }

    @Test("A stated zone prints the school's clock in OSM and both clocks in words")
    func zone() throws {
        let yekaterinburg = TimeZone(identifier: "Asia/Yekaterinburg")!
        #expect(
            try lines("пн-пт 9-18 (время московское)", zone: yekaterinburg, at: "2026-11-23T19:30") == [
                "Mo-Fr 11:00-20:00",
                "Пн–Пт 09:00–18:00 по московскому времени, Пн–Пт 11:00–20:00 по местному времени",
                "открыто", "следующее изменение: 2026-11-23T20:00+05:00",
            ])
    }
}
