/// A day of the week, numbered as ISO 8601 does (Monday = 1 ... Sunday = 7).
public enum Weekday: Int, CaseIterable, Comparable, Sendable, Hashable, Codable {
    /// The seven days, ISO numbered: Monday = 1 ... Sunday = 7.
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Orders weekdays Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The two-letter abbreviation used on notices: "Пн" / "Mon".
    public func shortName(_ language: ScheduleLanguage) -> String {
        switch language {
        case .ru: return ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"][index]
        case .en: return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index]
        }
    }

    /// The full name: "понедельник" / "Monday" (Russian in lower case, as inside a sentence).
    public func fullName(_ language: ScheduleLanguage) -> String {
        switch language {
        case .ru:
            return ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"][index]
        case .en:
            return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][index]
        }
    }

    /// The OpenStreetMap `opening_hours` code: "Mo", "Tu", ... "Su".
    public var osmCode: String { ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"][index] }

    /// The iCalendar (RFC 5545) BYDAY code: "MO", "TU", ... "SU".
    public var icalCode: String { osmCode.uppercased() }

    /// Whether the day is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The weekday `offset` days later (negative offsets go back), wrapping around the week.
    public func advanced(by offset: Int) -> Weekday {
        let zeroBased = ((index + offset) % 7 + 7) % 7
        return Weekday(rawValue: zeroBased + 1)!
    }

    /// Monday to Friday.
    public static let workweek: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
}

private extension Weekday {
    var index: Int { rawValue - 1 }
}
