import Testing

@testable import ScheduleModel

@Suite("Russian production calendar")
struct HolidayCalendarTests {
    let russia = HolidayCalendar.russia

    @Test("247 working days in each of 2025, 2026, 2027", arguments: [2025, 2026, 2027])
    func workingDayCount(year: Int) {
        let days = DateRange(iso: "\(year)-01-01", "\(year)-12-31")!.days
        #expect(days.filter(russia.isWorkingDay).count == 247)
        #expect(russia.covers(year: year))
    }

    @Test("Transfers and working Saturdays")
    func transfers() {
        #expect(!russia.isWorkingDay(LocalDate(iso: "2025-05-02")!))
        #expect(!russia.isPublicHoliday(LocalDate(iso: "2025-05-02")!))
        #expect(russia.isWorkingDay(LocalDate(iso: "2025-11-01")!))
        #expect(russia.effectiveWeekday(LocalDate(iso: "2025-11-01")!) == .monday)
        #expect(!russia.isWorkingDay(LocalDate(iso: "2026-01-09")!))
        #expect(!russia.isWorkingDay(LocalDate(iso: "2026-03-09")!))
        #expect(russia.isWorkingDay(LocalDate(iso: "2027-02-20")!))
        #expect(russia.isPublicHoliday(LocalDate(iso: "2027-01-07")!))
        #expect(russia.reason(for: LocalDate(iso: "2026-06-12")!) == "День России")
    }

    @Test("A school's overrides win over the national calendar")
    func overrides() {
        let teachersDay = LocalDate(iso: "2026-10-05")!
        let saturday = LocalDate(iso: "2026-10-10")!
        let school = russia.applying(
            HolidayOverrides(
                daysOff: [teachersDay: "День учителя"],
                workingDays: [saturday: .monday]))
        #expect(!school.isWorkingDay(teachersDay))
        #expect(school.isWorkingDay(saturday))
        #expect(school.effectiveWeekday(saturday) == .monday)
        #expect(russia.isWorkingDay(teachersDay))
    }

    @Test("Working-day arithmetic skips holidays and transfers")
    func workingDayArithmetic() {
        #expect(russia.addingWorkingDays(1, to: LocalDate(iso: "2026-12-30")!) == LocalDate(iso: "2027-01-11")!)
        #expect(russia.addingWorkingDays(-1, to: LocalDate(iso: "2027-01-11")!) == LocalDate(iso: "2026-12-30")!)
        #expect(russia.workingDay(onOrBefore: LocalDate(iso: "2026-05-11")!) == LocalDate(iso: "2026-05-08")!)
    }

    @Test("Data-file parser skips comments and malformed lines")
    func dataFormat() {
        let calendar = HolidayCalendar.makeCalendar(
            from: """
                # comment
                year 2030
                holiday 2030-01-01 Новый год
                dayoff 2030-13-01 bad date
                workday 2030-01-05 Xx bad weekday
                workday 2030-01-06 Fr ok
                """)
        #expect(calendar.publicHolidays.count == 1)
        #expect(calendar.extraDaysOff.isEmpty)
        #expect(calendar.extraWorkingDays == [LocalDate(iso: "2030-01-06")!: .friday])
        #expect(calendar.coveredYears == [2030])
    }
}
