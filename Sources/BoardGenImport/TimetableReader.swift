import BoardGenDiagnostics
import BoardGenModel
import Foundation
import ScheduleModel

/// A table read as a timetable, through ScheduleModel's notation parser (the one `boardgen hours`
/// uses): a grid of days × rows (seed 002) or a list of people with their hours (seed 004).
struct TableTimetable {
    var layout: String
    var days: [String]
    var people: [DraftPerson]
    var checks: [String]
}

enum TimetableReader {
    /// The timetable in `rows`, or nil when the table is not one.
    static func read(_ rows: [[String]], at location: SourceLocation) -> TableTimetable? {
        guard rows.count >= 2 else { return nil }
        return grid(rows, at: location) ?? list(rows, at: location)
    }

    /// The short Russian name of a weekday, as timetables.yaml's `days` writes it.
    static func shortName(_ day: Weekday) -> String {
        ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][day.rawValue - 1]
    }

    /// The notation's reading, or nil when `boardgen hours` would refuse it.
    static func reads(_ notation: String) -> OpeningHours? {
        if case let .success(.hours(hours)) = ScheduleNotation.parse(notation) { return hours }
        return nil
    }
}

private extension TimetableReader {
    static func weekday(_ cell: String) -> Weekday? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 15, case let .success(days) = Weekday.parseList(text), days.count == 1
        else { return nil }
        return days[0]
    }

    static func grid(_ rows: [[String]], at location: SourceLocation) -> TableTimetable? {
        let header = rows[0]
        let dayColumns = header.indices.filter { weekday(header[$0]) != nil }
        guard dayColumns.count >= 2, let firstDay = dayColumns.first else { return nil }
        var result = TableTimetable(
            layout: "grid", days: dayColumns.compactMap { weekday(header[$0]) }.map(shortName), people: [], checks: [])
        for (offset, row) in rows.dropFirst().enumerated() {
            let labels = row.prefix(firstDay).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let room = labels.first { $0.lowercased().hasPrefix("каб") || $0.lowercased().contains("кабинет") }
            let others = labels.filter { $0 != room }
            let title = others.last ?? room ?? "Строка \(offset + 1)"
            var person = DraftPerson(id: "", location: location.advanced(by: 0))
            person.location = SourceLocation(file: location.file, line: location.line + offset + 1)
            if PersonName.isName(title) { person.name = title } else { person.role = title }
            person.room = room
            for column in dayColumns where column < row.count {
                let cell = row[column].trimmingCharacters(in: .whitespaces)
                guard !cell.isEmpty else { continue }
                let when = "\(header[column].trimmingCharacters(in: .whitespaces)) \(cell)"
                if reads(when) != nil {
                    person.slots.append(when)
                } else {
                    person.checks.append(
                        "ячейка «\(cell)» (\(header[column])) не читается как время; впишите слот вручную")
                }
            }
            result.people.append(person)
        }
        return result
    }

    static func list(_ rows: [[String]], at location: SourceLocation) -> TableTimetable? {
        let width = rows.map(\.count).max() ?? 0
        let body = Array(rows.dropFirst())
        let hoursColumn = (0..<width).first { column in
            let cells = body.compactMap { $0.indices.contains(column) ? $0[column] : nil }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy { hasDays($0) }
        }
        guard let hoursColumn else { return nil }
        let nameColumn =
            (0..<width).first { column in
                column != hoursColumn && body.contains { $0.indices.contains(column) && PersonName.isName($0[column]) }
            } ?? (hoursColumn == 0 ? 1 : 0)
        var result = TableTimetable(layout: "list", days: [], people: [], checks: [])
        for (offset, row) in body.enumerated() {
            var person = DraftPerson(
                id: "", location: SourceLocation(file: location.file, line: location.line + offset + 1))
            let label = row.indices.contains(nameColumn) ? row[nameColumn].trimmingCharacters(in: .whitespaces) : ""
            if PersonName.isName(label) {
                person.name = label
            } else {
                person.role = label.isEmpty ? "Строка \(offset + 1)" : label
            }
            person.hours = row[hoursColumn].trimmingCharacters(in: .whitespaces)
            for column in row.indices where column != nameColumn && column != hoursColumn {
                person.topics += topics(row[column])
            }
            result.people.append(person)
        }
        return result
    }

    static func hasDays(_ cell: String) -> Bool {
        guard let hours = reads(cell.trimmingCharacters(in: .whitespaces)) else { return false }
        return !hours.week.isEmpty
    }

    static func topics(_ cell: String) -> [String] {
        cell.split(separator: "\n").flatMap { line in
            line.replacingOccurrences(of: ". ", with: ".\n").split(separator: "\n")
        }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
