import Foundation

@testable import ScheduleModel

/// Two school years with quarters and vacations, in Moscow time.
enum SchoolFixtures {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!

    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    static func span(_ start: String, _ end: String) -> DateRange { DateRange(iso: start, end)! }

    static let year2025 = SchoolYear(
        name: "2025/2026",
        range: span("2025-09-01", "2026-05-26"),
        terms: [
            Term(id: "q1", name: "1 четверть", range: span("2025-09-01", "2025-10-24")),
            Term(id: "q2", name: "2 четверть", range: span("2025-11-05", "2025-12-28")),
            Term(id: "q3", name: "3 четверть", range: span("2026-01-12", "2026-03-20")),
            Term(id: "q4", name: "4 четверть", range: span("2026-03-30", "2026-05-26")),
        ],
        vacations: [
            Vacation(name: "Осенние каникулы", range: span("2025-10-25", "2025-11-04")),
            Vacation(name: "Зимние каникулы", range: span("2025-12-29", "2026-01-11")),
            Vacation(name: "Весенние каникулы", range: span("2026-03-21", "2026-03-29")),
        ]
    )

    static let year2026 = SchoolYear(
        name: "2026/2027",
        range: span("2026-09-01", "2027-05-25"),
        terms: [
            Term(id: "q1", name: "1 четверть", range: span("2026-09-01", "2026-10-23")),
            Term(id: "q2", name: "2 четверть", range: span("2026-11-06", "2026-12-27")),
            Term(id: "q3", name: "3 четверть", range: span("2027-01-11", "2027-03-19")),
            Term(id: "q4", name: "4 четверть", range: span("2027-03-29", "2027-05-25")),
        ],
        vacations: [
            Vacation(name: "Осенние каникулы", range: span("2026-10-24", "2026-11-05")),
            Vacation(name: "Зимние каникулы", range: span("2026-12-28", "2027-01-10")),
            Vacation(name: "Весенние каникулы", range: span("2027-03-20", "2027-03-28")),
        ]
    )

    static let calendar2025 = SchoolCalendar(timeZone: moscow, holidays: .russia, schoolYear: year2025)
    static let calendar2026 = SchoolCalendar(timeZone: moscow, holidays: .russia, schoolYear: year2026)

    /// A Moscow wall-clock instant: "2026-11-20 19:00".
    static func instant(_ text: String, calendar: SchoolCalendar = calendar2026) -> Date {
        let parts = text.split(separator: " ")
        let time = parts[1].split(separator: ":").map { Int($0)! }
        return calendar.instant(on: date(String(parts[0])), minutes: time[0] * 60 + time[1])
    }

    /// The seed 004 consultant table as timetables.
    static func seed004Timetables() throws -> [Timetable] {
        let rows = [
            ("abzhelova", "Абжелова А.Д", "Понедельник, пятница 14:00-15:00"),
            ("poliy", "Полий Т.А.", "Вторник, среда 14:00-15:00"),
            ("odrin", "Одрин Т.А.", "Среда 09:00-12:00"),
        ]
        return try rows.map { id, person, text in
            Timetable(
                id: id, person: person, slots: try OpeningHours.parse(text).get().makeSlots(room: "Учительская"),
                validity: year2026.range)
        }
    }
}
