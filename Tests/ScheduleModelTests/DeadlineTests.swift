import Testing
@testable import ScheduleModel

@Suite("Deadlines relative to the school calendar (seed 004)")
struct DeadlineTests {
    let year = SchoolFixtures.year2025

    @Test("Forecast not later than 2 weeks before the end of each quarter")
    func forecast() {
        let rule = DeadlineRule(kind: .beforeEnd(amount: 2, unit: .weeks))
        let dates = rule.dates(for: year, holidays: .russia).map(\.date.iso)
        #expect(dates == ["2025-10-10", "2025-12-14", "2026-03-06", "2026-05-12"])
        #expect(rule.format(.ru) == "не позднее чем за 2 недели до конца отчётного периода")
        #expect(rule.format(.en) == "no later than 2 weeks before the end of the term")
    }

    @Test("Moved back to the previous working day when asked")
    func movedBack() {
        let rule = DeadlineRule(kind: .beforeEnd(amount: 2, unit: .weeks), movesToPreviousWorkingDay: true)
        #expect(rule.dates(for: year, holidays: .russia)[1].date.iso == "2025-12-12")
    }

    @Test("Final marks 2 days before the end; working-day variant skips weekends")
    func finalMarks() {
        let calendarDays = DeadlineRule(kind: .beforeEnd(amount: 2, unit: .days))
        #expect(calendarDays.dates(for: year, holidays: .russia).map(\.date.iso)
                == ["2025-10-22", "2025-12-26", "2026-03-18", "2026-05-24"])
        let workingDays = DeadlineRule(kind: .beforeEnd(amount: 2, unit: .workingDays))
        #expect(workingDays.dates(for: year, holidays: .russia).map(\.date.iso)
                == ["2025-10-22", "2025-12-25", "2026-03-18", "2026-05-22"])
        #expect(workingDays.format(.ru) == "не позднее чем за 2 рабочих дня до конца отчётного периода")
    }

    @Test("At least once a week: one deadline per school week of the term")
    func weekly() throws {
        let rule = DeadlineRule(kind: .atLeastPerWeek(times: 1))
        let q1 = rule.dates(for: year, holidays: .russia).filter { $0.term.id == "q1" }
        #expect(q1.count == 8)
        #expect(q1.first?.date.iso == "2025-09-05")
        #expect(q1.last?.date.iso == "2025-10-24")
        #expect(rule.format(.ru) == "не реже одного раза в неделю")
        #expect(DeadlineRule(kind: .atLeastPerWeek(times: 2)).format(.en) == "at least twice a week")
    }

    @Test("Russian plural forms", arguments: [(1, 0), (2, 1), (5, 2), (11, 2), (21, 0), (22, 1), (112, 2)])
    func plural(n: Int, index: Int) {
        #expect(russianPluralIndex(n) == index)
    }
}
