import Testing

@testable import ScheduleModel

@Suite("Consistency findings")
struct ConsistencyTests {
    /// Seed 002's grid: two rooms × two roles × "пон., вт., ср., чет." with empty cells.
    static func seed002Grid() throws -> [Timetable] {
        let header = "\t\tпон.\tвт.\tср.\tчет."
        let rows = [
            "Каб. информатики\tТехнический специалист\t14.00-15.00\t\t14.00-16.00\t15.00-16.00",
            "Каб. учебная часть\tАдминистратор\t15.00-16.00\t15.00-17.00\t\t16.00-18.00",
        ]
        let days = header.split(separator: "\t", omittingEmptySubsequences: true).map(String.init)
        return try rows.enumerated().map { index, row in
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let slots = try zip(days, cells.dropFirst(2)).filter { !$0.1.isEmpty }.flatMap { day, cell in
                try OpeningHours.parse("\(day) \(cell)").get().makeSlots(room: cells[0])
            }
            return Timetable(
                id: "grid\(index)", person: cells[1], slots: slots, validity: SchoolFixtures.year2026.range)
        }
    }

    @Test("Seed 002 grid reads as a person would: 3 + 3 slots, no clashes")
    func seed002() throws {
        let grid = try Self.seed002Grid()
        #expect(
            grid[0].slots.map { "\($0.day.osmCode) \($0.range)" } == [
                "Mo 14:00-15:00", "We 14:00-16:00", "Th 15:00-16:00",
            ])
        #expect(
            grid[1].slots.map { "\($0.day.osmCode) \($0.range)" } == [
                "Mo 15:00-16:00", "Tu 15:00-17:00", "Th 16:00-18:00",
            ])
        #expect(ConsistencyChecker.clashes(grid).isEmpty)
    }

    @Test("A person booked twice (BG208) and a room double-booked (BG207)")
    func clashes() throws {
        let tables = try SchoolFixtures.seed004Timetables()
        var second = tables[0]
        second.id = "abzhelova-2"
        second.slots = [WeeklySlot(day: .monday, range: Fixture.range("14:30-15:30"), room: "Каб. 7")]
        var other = tables[2]
        other.slots = [WeeklySlot(day: .friday, range: Fixture.range("14:45-16:00"), room: "Учительская")]
        let findings = ConsistencyChecker.clashes(tables + [second, other])
        #expect(findings.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.roomDoubleBooked, .personDoubleBooked])
        #expect(findings.first { $0.code == .personDoubleBooked }?.message.contains("Абжелова А.Д") == true)
        #expect(findings.first { $0.code == .roomDoubleBooked }?.timetableIDs == ["abzhelova", "odrin"])
    }

    @Test("Overnight slot clashes with the next morning; different validities never clash")
    func overnightAndValidity() {
        let night = Timetable(
            id: "a", person: "X",
            slots: [
                WeeklySlot(
                    day: .sunday,
                    range: TimeRange(
                        start: TimeOfDay(hour: 23, minute: 0)!, end: TimeOfDay(hour: 1, minute: 0)!)!)
            ])
        let morning = Timetable(
            id: "b", person: "X", slots: [WeeklySlot(day: .monday, range: Fixture.range("00:30-02:00"))])
        #expect(ConsistencyChecker.clashes([night, morning]).map(\.code) == [.personDoubleBooked])
        var autumn = morning, spring = morning
        autumn.validity = SchoolFixtures.span("2026-09-01", "2026-12-31")
        spring.validity = SchoolFixtures.span("2027-01-01", "2027-05-31")
        spring.id = "c"
        #expect(ConsistencyChecker.clashes([autumn, spring]).isEmpty)
    }

    @Test("Expired (BG210), expiring within N days (BG211), exception outside validity (BG209)")
    func expiry() throws {
        var tables = try SchoolFixtures.seed004Timetables()
        tables[0].validity = SchoolFixtures.span("2025-09-01", "2026-05-26")
        tables[1].validity = SchoolFixtures.span("2026-09-01", "2026-12-01")
        tables[2].exceptions = [.cancelled(date: SchoolFixtures.date("2027-06-02"), range: nil, note: nil)]
        let findings = ConsistencyChecker.check(tables, today: SchoolFixtures.date("2026-11-22"), warningDays: 14)
        #expect(findings.map(\.code) == [.outsideValidity, .expired, .expiresSoon])
        #expect(findings.first { $0.code == .expiresSoon }?.message.contains("in 9 days") == true)
        #expect(findings.first { $0.code == .expired }?.severity == .error)
        #expect(findings.first { $0.code == .expiresSoon }?.severity == .warning)
        #expect(
            ConsistencyChecker.check(tables, today: SchoolFixtures.date("2026-11-22"), warningDays: 5)
                .map(\.code) == [.outsideValidity, .expired])
    }

    @Test("A timetable valid beyond the school year is reported (BG209)")
    func outsideSchoolYear() throws {
        let table = Timetable(
            id: "x", hours: try Fixture.hours("пн 10:00-11:00"), room: "Каб. 1",
            validity: SchoolFixtures.span("2026-09-01", "2027-06-30"))
        let findings = ConsistencyChecker.check(
            [table], today: SchoolFixtures.date("2026-11-22"),
            schoolYear: SchoolFixtures.year2026)
        #expect(findings.map(\.code) == [.outsideValidity])
        #expect(findings.first?.severity == .warning)
        #expect(table.slots == [WeeklySlot(day: .monday, range: Fixture.range("10:00-11:00"), room: "Каб. 1")])
    }
}

@Suite("Production calendar coverage")
struct CoverageTests {
    @Test("BG215 when the school year reaches a year without data")
    func coverage() {
        let year = SchoolYear(name: "2027/2028", range: DateRange(iso: "2027-09-01", "2028-05-31")!)
        let findings = ConsistencyChecker.check(
            [], today: LocalDate(iso: "2027-09-01")!, schoolYear: year, holidays: .russia)
        #expect(findings.map(\.code) == [.missingCalendarData])
        #expect(findings.first?.message.contains("2028") == true)
        #expect(
            ConsistencyChecker.check(
                [], today: LocalDate(iso: "2026-09-01")!, schoolYear: SchoolFixtures.year2026,
                holidays: .russia
            ).isEmpty)
    }
}
