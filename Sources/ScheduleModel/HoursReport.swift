import Foundation

/// What `boardgen hours` prints: the canonical and human forms and, for an instant, the state
/// and the next change (or the next event). Built here so the command only parses arguments and
/// prints lines.
public struct HoursReport: Hashable, Sendable {
    /// What the notation is, which decides the lines printed for an instant.
    public enum Kind: String, Hashable, Sendable {
        /// Ranges or a status: open/closed and the next change.
        case hours
        /// Days named without times ("по рабочим дням"): whether the instant falls on one of them.
        case daysWithoutTimes
        /// Fixed times ("по вторникам в 15:00"): the next event.
        case events
    }

    /// The OpenStreetMap form, on the school's clock.
    public var canonical: String
    /// The human form in the requested language (both clocks when the notation states another zone).
    public var human: String
    /// Open at the asked instant (for days without times: whether it is one of those days);
    /// `nil` when no instant was asked or for fixed times.
    public var isOpen: Bool?
    /// The next change after the instant (for fixed times: the next event at or after it).
    public var nextChange: Date?
    /// The kind of notation.
    public var kind: Kind = .hours
    /// The asked instant, if any.
    public var instant: Date?
    /// The language of the human lines.
    public var language: ScheduleLanguage
    /// The zone instants are shown in.
    public var timeZone: TimeZone

    /// Builds the report for `hours`, optionally at an instant; a stated zone is converted with
    /// the offsets at `instant` (or at 1970-01-01 without one: use the overload with `now`).
    public static func make(
        _ hours: OpeningHours, at instant: Date?, calendar: SchoolCalendar,
        language: ScheduleLanguage
    ) -> HoursReport {
        make(
            .hours(hours), at: instant, now: instant ?? Date(timeIntervalSince1970: 0), calendar: calendar,
            language: language)
    }

    /// Builds the report for any notation, optionally at an instant; a stated zone is converted to
    /// the school's with the offsets at `instant`, or at `now` when no instant is asked.
    public static func make(
        _ notation: ScheduleNotation, at instant: Date?, now: Date, calendar: SchoolCalendar,
        language: ScheduleLanguage
    ) -> HoursReport {
        var report = makeForms(notation, at: instant ?? now, calendar: calendar, language: language)
        report.instant = instant
        guard let instant else { return report }
        switch notation {
        case let .hours(hours) where !hours.daysWithoutTimes.isEmpty:
            report.isOpen = hours.isOpenDay(calendar.localDate(of: instant), holidays: calendar.holidays)
        case let .hours(hours):
            report.isOpen = hours.isOpen(at: instant, in: calendar)
            report.nextChange = hours.nextChange(after: instant, in: calendar, horizonDays: 370)
        case let .events(times):
            report.nextChange = times.nextEvent(atOrAfter: instant, in: calendar, horizonDays: 370)
        }
        return report
    }

    /// The output lines: canonical, human, then with an instant: "open"/"closed" (открыто/закрыто)
    /// and "next change: 2026-11-23T18:00+03:00" (следующее изменение: ...); for days without times
    /// whether the instant is on one of them; for fixed times "next event: …" (следующее событие: …).
    public var lines: [String] {
        var result = [canonical, human]
        guard instant != nil else { return result }
        if let stateLine { result.append(stateLine) }
        guard kind != .daysWithoutTimes else { return result }
        let value = nextChange.map { ISODateTime.format($0, in: timeZone) } ?? (language == .ru ? "нет" : "none")
        result.append("\(nextLabel): \(value)")
        return result
    }
}

private extension HoursReport {
    /// The canonical and human forms, on the school's clock at `reference`.
    static func makeForms(
        _ notation: ScheduleNotation, at reference: Date, calendar: SchoolCalendar, language: ScheduleLanguage
    ) -> HoursReport {
        let zone = calendar.timeZone
        switch notation {
        case let .hours(hours) where !hours.daysWithoutTimes.isEmpty:
            var report = HoursReport(
                canonical: hours.openingHoursSyntax, human: hours.format(language), language: language, timeZone: zone)
            report.kind = .daysWithoutTimes
            return report
        case let .hours(hours):
            return HoursReport(
                canonical: hours.localized(to: zone, at: reference).openingHoursSyntax,
                human: hours.format(language, localTo: zone, at: reference), language: language, timeZone: zone)
        case let .events(times):
            var report = HoursReport(
                canonical: times.localized(to: zone, at: reference).openingHoursSyntax,
                human: times.format(language, localTo: zone, at: reference), language: language, timeZone: zone)
            report.kind = .events
            return report
        }
    }

    init(canonical: String, human: String, language: ScheduleLanguage, timeZone: TimeZone) {
        self.init(
            canonical: canonical, human: human, isOpen: nil, nextChange: nil, language: language, timeZone: timeZone)
    }

    /// "открыто" / "closed" / "день работы, время не указано"; `nil` without an instant and for fixed
    /// times, which have only the next event.
    var stateLine: String? {
        let ru = language == .ru
        switch kind {
        case .hours:
            return isOpen.map { ru ? ($0 ? "открыто" : "закрыто") : ($0 ? "open" : "closed") }
        case .daysWithoutTimes:
            return isOpen.map {
                ru
                    ? ($0 ? "день работы, время не указано" : "нерабочий день")
                    : ($0 ? "a working day, hours not given" : "not a working day")
            }
        case .events:
            return nil
        }
    }

    var nextLabel: String {
        switch (kind, language) {
        case (.events, .ru): "следующее событие"
        case (.events, .en): "next event"
        case (_, .ru): "следующее изменение"
        case (_, .en): "next change"
        }
    }
}
