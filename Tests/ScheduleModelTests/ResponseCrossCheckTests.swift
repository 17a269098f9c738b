import Foundation
import Testing

@testable import ScheduleModel

/// Response times counted in working days and in calendar days agree with the Python `holidays`
/// package's Russian calendar, for a request received on every working day of 2025–2027
/// (scripts/crosscheck/working_days_check.py decides the working days on its own).
@Suite("Response deadlines cross-checked against the holidays package")
struct ResponseCrossCheckTests {
    @Test(
        "Every answer date of 'в течение N (рабочих) дней' agrees with holidays",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func workingDaysAgree() throws {
        guard let python = CrossCheck.requirePython() else { return }
        let directory = try CrossCheck.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cases.json")
        let cases = Self.cases()
        #expect(cases.count > 3000)
        try JSONSerialization.data(withJSONObject: ["cases": cases], options: [.sortedKeys]).write(to: file)
        let result = try CrossCheck.run(python: python, script: "working_days_check.py", arguments: [file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        "The check can fail: a deadline on a holiday Saturday is caught",
        .enabled(if: CrossCheck.shouldRun, CrossCheck.skipReason))
    func checkCanFail() throws {
        guard let python = CrossCheck.requirePython() else { return }
        let directory = try CrossCheck.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("wrong.json")
        // Saturday 2 January 2027, inside the New Year holidays, cannot be the third working day after 30 December.
        let wrong: [[String: Any]] = [
            ["anchor": "2026-12-30", "amount": 3, "unit": "workingDays", "due": "2027-01-02"]
        ]
        try JSONSerialization.data(withJSONObject: ["cases": wrong]).write(to: file)
        let result = try CrossCheck.run(python: python, script: "working_days_check.py", arguments: [file.path])
        #expect(result.status == 1, "\(result.output)")
    }

    /// A request at 10:00 on every working day whose answer falls before 2028, under 1, 3, 5 and 10
    /// working days and 3, 7 and 30 calendar days, in an office open пн-пт 9:00-18:00.
    static func cases() -> [[String: Any]] {
        let calendar = SchoolCalendar(timeZone: SchoolFixtures.moscow, holidays: .russia)
        let office = ResponseOffice(calendar: calendar, hours: try! OpeningHours.parse("пн-пт 9:00-18:00").get())
        let rules: [(Int, ResponseRule.Unit)] = [
            (1, .workingDays), (3, .workingDays), (5, .workingDays), (10, .workingDays), (3, .days), (7, .days),
            (30, .days),
        ]
        var cases: [[String: Any]] = []
        for anchor in DateRange(iso: "2025-01-01", "2027-11-15")!.days where office.isWorkingDay(anchor) {
            for (amount, unit) in rules {
                let rule = ResponseRule(kind: .within(amount: amount, unit: unit))
                guard let due = rule.due(from: calendar.instant(on: anchor, minutes: 600), office: office) else {
                    continue
                }
                let day = calendar.localDate(of: due)
                guard day.year <= 2027 else { continue }
                cases.append(["anchor": anchor.iso, "amount": amount, "unit": unit.rawValue, "due": day.iso])
            }
        }
        return cases
    }
}
