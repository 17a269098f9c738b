import Testing

@testable import ScheduleModel

/// Helpers shared by the tests.
enum Fixture {
    static func range(_ text: String) -> TimeRange {
        let parts = text.split(separator: "-").map { $0.split(separator: ":").map { Int($0)! } }
        return TimeRange(
            start: TimeOfDay(hour: parts[0][0], minute: parts[0][1])!,
            end: TimeOfDay(hour: parts[1][0], minute: parts[1][1])!)!
    }

    static func hours(_ text: String) throws -> OpeningHours {
        try OpeningHours.parse(text).get()
    }

    static func failure(_ text: String) -> ScheduleParseFailure? {
        if case let .failure(failure) = OpeningHours.parse(text) { return failure }
        return nil
    }
}

@Suite("Parsing notations")
struct ParsingTests {
    @Test(
        "Seed 002: consultant grid cells read with their header days",
        arguments: [
            ("пон. 14.00-15.00", [Weekday.monday], "14:00-15:00"),
            ("ср. 14.00-16.00", [.wednesday], "14:00-16:00"),
            ("чет. 15.00-16.00", [.thursday], "15:00-16:00"),
            ("вт. 15.00-17.00", [.tuesday], "15:00-17:00"),
            ("пон., ср. 14.00-16.00", [.monday, .wednesday], "14:00-16:00"),
            ("пон., вт., ср., чет. 16.00-18.00", [.monday, .tuesday, .wednesday, .thursday], "16:00-18:00"),
        ])
    func seed002(text: String, days: [Weekday], range: String) throws {
        #expect(try Fixture.hours(text) == OpeningHours(days: days, ranges: [Fixture.range(range)]))
    }

    @Test(
        "Seed 004: consultant table",
        arguments: [
            ("Понедельник, пятница 14:00-15:00", [Weekday.monday, .friday], "14:00-15:00"),
            ("Вторник, среда 14:00-15:00", [.tuesday, .wednesday], "14:00-15:00"),
            ("Среда 09:00-12:00", [.wednesday], "09:00-12:00"),
        ])
    func seed004(text: String, days: [Weekday], range: String) throws {
        #expect(try Fixture.hours(text) == OpeningHours(days: days, ranges: [Fixture.range(range)]))
    }

    @Test("Seed 003: support desk intake and processing")
    func seed003() throws {
        let intake = try Fixture.hours("круглосуточно в режиме 24x7, включая выходные и праздничные дни")
        #expect(intake == .alwaysOpen)
        let processing = try Fixture.hours("ежедневно с 9:00 до 18:00, кроме выходных и праздничных дней")
        #expect(
            processing
                == OpeningHours(
                    days: Weekday.workweek, ranges: [Fixture.range("09:00-18:00")],
                    holidayPolicy: .closed))
        #expect(processing.openingHoursSyntax == "Mo-Fr 09:00-18:00; PH off")
    }

    @Test(
        "Notations from the issue",
        arguments: [
            ("Пн, Пт 14:00-15:00", "Mo,Fr 14:00-15:00"),
            ("пн-пт 9:00-18:00", "Mo-Fr 09:00-18:00"),
            ("по будням 9:00-18:00", "Mo-Fr 09:00-18:00"),
            ("ежедневно 10:00-12:00", "Mo-Su 10:00-12:00"),
            ("круглосуточно", "24/7"),
            ("24/7", "24/7"),
            ("24x7", "24/7"),
            ("24х7", "24/7"),
            ("ср 14:00–15:00", "We 14:00-15:00"),
            ("с 9:00 до 18:00", "Mo-Su 09:00-18:00"),
            ("пн-пт 9:00-13:00, 14:00-18:00", "Mo-Fr 09:00-13:00,14:00-18:00"),
            ("пн-пт 9:00-13:00, 13:45-18:00", "Mo-Fr 09:00-13:00,13:45-18:00"),
            ("пн-пт с 9-00 до 13-00", "Mo-Fr 09:00-13:00"),
            ("с понедельника по пятницу с 9 до 18", "Mo-Fr 09:00-18:00"),
            ("пт-пн 10:00-11:00", "Mo,Fr-Su 10:00-11:00"),
            ("Mon-Fri 9:00-18:00", "Mo-Fr 09:00-18:00"),
            ("Mon, Fri 14:00-15:00", "Mo,Fr 14:00-15:00"),
            ("Mo-Fr 09:00-18:00; Sa 10:00-14:00", "Mo-Fr 09:00-18:00; Sa 10:00-14:00"),
            ("пн-пт 9:00-18:00, сб 10:00-14:00", "Mo-Fr 09:00-18:00; Sa 10:00-14:00"),
            ("пн-пт 9:00-18:00, кроме праздничных дней", "Mo-Fr 09:00-18:00; PH off"),
            ("Mo-Fr 09:00-18:00; PH off", "Mo-Fr 09:00-18:00; PH off"),
            ("по рабочим дням 9:00-17:00", "Mo-Fr 09:00-17:00; PH off"),
            ("пн 22:00-02:00 (следующего дня)", "Mo 22:00-02:00"),
            ("пт 20:00 - 00:00", "Fr 20:00-24:00"),
            ("пн 00:00-24:00", "Mo 00:00-24:00"),
            ("Пн-Вс 0:00-24:00", "24/7"),
            ("по понедельникам и средам 15:00-16:00", "Mo,We 15:00-16:00"),
            ("Mo-Sa 10:00-18:00; Su off", "Mo-Sa 10:00-18:00"),
            ("по предварительной записи", "\"by appointment\""),
            ("by appointment \"call first\"", "\"by appointment: call first\""),
            ("уточняется", "unknown"),
            ("закрыто", "off"),
        ])
    func notation(text: String, osm: String) throws {
        let value = try Fixture.hours(text)
        #expect(value.openingHoursSyntax == osm, "\(text)")
    }

    @Test("Lunch break gives two ranges a day")
    func lunchBreak() throws {
        let value = try Fixture.hours("пн-пт 9:00-13:00, 13:45-18:00")
        #expect(value.weeklyRanges(on: .tuesday) == [Fixture.range("09:00-13:00"), Fixture.range("13:45-18:00")])
        #expect(value.weeklyRanges(on: .saturday).isEmpty)
    }
}

@Suite("Day lists without times (grid headers)")
struct DayListTests {
    @Test(
        "Day lists from the issue and the seeds",
        arguments: [
            ("пон., вт., ср., чет.", [Weekday.monday, .tuesday, .wednesday, .thursday]),
            ("\t\tпон.\tвт.\tср.\tчет.", [.monday, .tuesday, .wednesday, .thursday]),
            ("Пн, Пт", [.monday, .friday]),
            ("пн-пт", Weekday.workweek),
            ("Понедельник, пятница", [.monday, .friday]),
            ("по будням", Weekday.workweek),
            ("ежедневно", Weekday.allCases),
            ("Mo,Fr", [.monday, .friday]),
            ("пт, пн", [.friday, .monday]),
        ])
    func lists(text: String, days: [Weekday]) throws {
        #expect(try Weekday.parseList(text).get() == days)
    }

    @Test(
        "Refusals",
        arguments: [
            ("", ScheduleCode.emptyNotation), ("пн, 14:00", .unknownDay), ("пн, хз", .unknownDay), ("п", .ambiguous),
        ])
    func refusals(text: String, code: ScheduleCode) throws {
        guard case let .failure(failure) = Weekday.parseList(text) else {
            Issue.record("\(text) should be refused")
            return
        }
        #expect(failure.diagnostics.first?.code == code, "\(failure.diagnostics)")
    }
}
