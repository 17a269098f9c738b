import Foundation

/// What `boardgen hours` prints: the canonical and human forms and, for an instant, the state
/// and the next change. Built here so the command only parses arguments and prints lines.
public struct HoursReport: Hashable, Sendable {
    /// The OpenStreetMap form.
    public var canonical: String
    /// The human form in the requested language.
    public var human: String
    /// Open at the asked instant; `nil` when no instant was asked.
    public var isOpen: Bool?
    /// The next change after the instant, when there is one within a year.
    public var nextChange: Date?
    /// The language of the human lines.
    public var language: ScheduleLanguage
    /// The zone instants are shown in.
    public var timeZone: TimeZone

    /// Builds the report for `hours`, optionally at an instant.
    public static func make(
        _ hours: OpeningHours, at instant: Date?, calendar: SchoolCalendar,
        language: ScheduleLanguage
    ) -> HoursReport {
        HoursReport(
            canonical: hours.openingHoursSyntax, human: hours.format(language),
            isOpen: instant.map { hours.isOpen(at: $0, in: calendar) },
            nextChange: instant.flatMap { hours.nextChange(after: $0, in: calendar, horizonDays: 370) },
            language: language, timeZone: calendar.timeZone)
    }

    /// The output lines: canonical, human, then (with an instant) "open"/"closed" (открыто/закрыто)
    /// and "next change: 2026-11-23T18:00+03:00" (следующее изменение: ...).
    public var lines: [String] {
        var result = [canonical, human]
        guard let isOpen else { return result }
        switch language {
        case .ru: result.append(isOpen ? "открыто" : "закрыто")
        case .en: result.append(isOpen ? "open" : "closed")
        }
        let label = language == .ru ? "следующее изменение" : "next change"
        let value = nextChange.map { ISODateTime.format($0, in: timeZone) } ?? (language == .ru ? "нет" : "none")
        result.append("\(label): \(value)")
        return result
    }
}
