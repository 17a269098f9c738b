import Foundation
import Testing

@testable import ScheduleModel

/// Issue 13 item 5: every notation class is read as a person would and round-trips.
@Suite("Notation classes of issue 13")
struct NotationClassTests {
    @Test(
        "Opening hours: the OSM form, and parse(format(x)) == x in Russian and English", arguments: NotationCorpus.hours
    )
    func hours(text: String, osm: String) throws {
        let value = try Fixture.hours(text)
        #expect(value.openingHoursSyntax == osm, "\(text)")
        for language in ScheduleLanguage.allCases {
            let written = value.format(language)
            #expect(try OpeningHours.parse(written).get() == value, "\(text) → \(written)")
        }
    }

    @Test(
        "Opening hours: the OSM form reads back (without the stated zone, which OSM cannot say)",
        arguments: NotationCorpus.hours)
    func openStreetMap(text: String, osm: String) throws {
        var value = try Fixture.hours(text)
        value.zone = nil
        #expect(try OpeningHours.parse(osm).get() == value, "\(osm)")
    }

    @Test(
        "Fixed times: read as events, round trip ru/en/OSM, refused as hours with one BG216",
        arguments: NotationCorpus.events)
    func events(text: String, osm: String) throws {
        let value = try FixedTimes.parse(text).get()
        #expect(value.openingHoursSyntax == osm, "\(text)")
        for language in ScheduleLanguage.allCases {
            #expect(try FixedTimes.parse(value.format(language)).get() == value, "\(value.format(language))")
        }
        var plain = value
        plain.zone = nil
        #expect(try FixedTimes.parse(osm).get() == plain)
        let failure = try #require(Fixture.failure(text))
        #expect(failure.diagnostics.map(\.code) == [.fixedTimeNotRange], "\(text): \(failure.diagnostics)")
    }

    @Test("Days without times: status unknown on the production calendar's working days")
    func daysWithoutTimes() throws {
        let working = try Fixture.hours("по рабочим дням")
        #expect(working == .workingDays())
        #expect(working.status == .unknown && working.daysWithoutTimes == Weekday.workweek)
        #expect(working.holidayPolicy == .closed && working.isEmpty)
        #expect(working.format(.ru) == "по рабочим дням" && working.format(.en) == "on working days")
        let weekdays = try Fixture.hours("в будние дни")
        #expect(weekdays == .unknownTimes(on: Weekday.workweek))
        #expect(weekdays.format(.ru) == "по будням")
        let some = try Fixture.hours("пн, ср, время уточняется")
        #expect(some.format(.ru) == "Пн, Ср, время уточняется" && some.format(.en) == "Mon, Wed, hours unknown")
    }

    @Test("Days without times follow the production calendar: holidays and transferred working days")
    func daysWithoutTimesOnTheCalendar() throws {
        let working = OpeningHours.workingDays()
        #expect(working.isOpenDay(SchoolFixtures.date("2026-11-23"), holidays: .russia))
        #expect(!working.isOpenDay(SchoolFixtures.date("2026-11-04"), holidays: .russia))  // Unity Day
        #expect(!working.isOpenDay(SchoolFixtures.date("2026-11-21"), holidays: .russia))  // Saturday
        #expect(working.isOpenDay(SchoolFixtures.date("2025-11-01"), holidays: .russia))  // working Saturday
        #expect(
            OpeningHours.unknownTimes(on: Weekday.workweek).isOpenDay(
                SchoolFixtures.date("2026-11-04"), holidays: .russia))
    }

    @Test(
        "Stated zones are kept beside the ranges",
        arguments: [
            ("пн-пт 9:00-18:00 (время московское)", 3), ("с 08 до 17 MSK", 3), ("пн-пт 9-18 МСК+2", 5),
            ("пн-пт 9-18 (МСК-1)", 2), ("с понедельника по пятницу с 09:00 UTC+3 до 21:00 UTC+3", 3),
            ("пн 9-18 UTC+7", 7), ("пн 9-18 по времени МСК+4", 7),
        ])
    func zones(text: String, utcOffset: Int) throws {
        #expect(try Fixture.hours(text).zone == NotationZone(utcOffsetHours: utcOffset), "\(text)")
    }

    @Test("Local time notes change nothing")
    func localTime() throws {
        #expect(try Fixture.hours("пн-пт 9-18 по местному времени") == Fixture.hours("пн-пт 9-18"))
        #expect(try Fixture.hours("пн-пт 9-18 (время местное)").zone == nil)
    }

    @Test("A break after a line of its own applies to every day given before it")
    func standaloneBreak() throws {
        let value = try Fixture.hours("пн-пт 9-18; сб 10-16; перерыв 13-14")
        #expect(value.weeklyRanges(on: .saturday) == [Fixture.range("10:00-13:00"), Fixture.range("14:00-16:00")])
        let attached = try Fixture.hours("пн-пт 9-18, перерыв 13-14; сб 10-14")
        #expect(attached.weeklyRanges(on: .saturday) == [Fixture.range("10:00-14:00")])
    }
}

@Suite("Refusals of the new notation classes: one diagnostic, saying what to write")
struct NotationClassRefusalTests {
    @Test(
        "Refused",
        arguments: NotationCorpus.realRefusals + [
            ("пн 14:00", ScheduleCode.fixedTimeNotRange, 4),
            ("по вторникам в 15:00", .fixedTimeNotRange, 14),
            ("пн 9-18; вт в 15:00", .ambiguous, 10),
            ("в 15:00-16:00", .unexpectedText, 8),
            ("пн 9:00-12:00, 14:00", .unexpectedText, 16),
            ("вт в 24:00", .invalidTime, 4),
            ("пн-пт 9-18 МСК+15", .unexpectedText, 12),
            ("пн-пт 9-18 МСК, UTC+5", .ambiguous, 17),
            ("ежедневно", .emptyNotation, 1),
            ("пн-пт", .emptyNotation, 1),
            ("по рабочим дням; сб 10-14", .ambiguous, 1),
            ("по рабочим дням, по записи", .ambiguous, 18),
            ("закрыто по московскому времени", .unexpectedText, 9),
            ("пн-пт 9-18; сб 10-14; перерыв 13-14", .ambiguous, 23),
            ("пн-пт 9-18 (перерыв 13-14", .unexpectedText, 26),
            ("в рабочее время", .unexpectedText, 1),
            ("с 9:00", .unexpectedText, 7),
            ("пн 9:00-10:00 11:00-12:00", .unexpectedText, 15),
            ("выходной: сб, xyz", .unexpectedText, 15),
        ])
    func refused(text: String, code: ScheduleCode, column: Int) throws {
        let failure = try #require(Fixture.failure(text), "\(text) should be refused")
        #expect(failure.diagnostics.count == 1, "\(text): \(failure.diagnostics)")
        let first = try #require(failure.diagnostics.first)
        #expect(first.code == code, "\(text): \(first)")
        #expect(first.column == column, "\(text): \(first)")
    }

    @Test("The BG216 message says what to write")
    func fixedTimeMessage() throws {
        let failure = try #require(Fixture.failure("пн 14:00"))
        #expect(failure.diagnostics[0].message.contains("пн 14:00-15:00"))
        #expect(failure.diagnostics[0].length == 5)
    }

    @Test("Fixed times refuse ranges")
    func eventsRefuseRanges() {
        guard case let .failure(failure) = FixedTimes.parse("пн 9-18") else {
            Issue.record("ranges must be refused as fixed times")
            return
        }
        #expect(failure.diagnostics.map(\.code) == [.ambiguous])
    }
}
