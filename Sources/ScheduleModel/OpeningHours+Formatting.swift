extension OpeningHours {
    /// Human text: "Пн, Пт 14:00–15:00", "Mon–Fri 09:00–18:00, except public holidays", "круглосуточно",
    /// with the note in quotes at the end («…» in Russian, "…" in English).
    /// `OpeningHours.parse` reads it back to an equal value.
    public func format(_ language: ScheduleLanguage) -> String {
        let ru = language == .ru
        switch status {
        case .byAppointment:
            return (ru ? "по предварительной записи" : "by appointment") + formattedNote(language)
        case .unknown where !daysWithoutTimes.isEmpty:
            return formatDaysWithoutTimes(language) + formattedNote(language)
        case .unknown:
            return (ru ? "уточняется" : "unknown") + formattedNote(language)
        case .regular:
            guard !week.isEmpty else { return (ru ? "закрыто" : "closed") + formattedNote(language) }
            return formatWeek(language) + holidayClause(language) + formattedNote(language)
        }
    }

    /// The ranges, with the stated zone: "Пн–Пт 09:00–18:00 по московскому времени".
    func formatWeek(_ language: ScheduleLanguage) -> String {
        let body =
            Weekday.allCases.allSatisfy({ week[$0] == [.allDay] })
            ? (language == .ru ? "круглосуточно" : "24/7")
            : rules.map { formatRule($0, language) }.joined(separator: "; ")
        return zone.map { body + " " + $0.phrase(language) } ?? body
    }

    /// ", кроме праздничных дней" / ", except public holidays" for "PH off", or nothing.
    func holidayClause(_ language: ScheduleLanguage) -> String {
        guard holidayPolicy == .closed else { return "" }
        return language == .ru ? ", кроме праздничных дней" : ", except public holidays"
    }

    /// Days as people write them: "Пн–Пт", "Пн, Ср, Пт", "ежедневно" / "Mon–Fri", "daily".
    public static func formatDays(_ days: [Weekday], _ language: ScheduleLanguage) -> String {
        if days.count == 7 { return language == .ru ? "ежедневно" : "daily" }
        return runs(of: days).map { run in
            run.count >= 3
                ? "\(run[0].shortName(language))–\(run.last!.shortName(language))"
                : run.map { $0.shortName(language) }.joined(separator: ", ")
        }.joined(separator: ", ")
    }

    /// A range as people write it: "09:00–18:00", "22:00–02:00 (следующего дня)", "круглосуточно".
    public static func formatRange(_ range: TimeRange, _ language: ScheduleLanguage) -> String {
        if range.isAllDay { return language == .ru ? "круглосуточно" : "24 hours" }
        let text = "\(range.start.formatted)–\(range.end.formatted)"
        guard range.isOvernight else { return text }
        return text + (language == .ru ? " (следующего дня)" : " (next day)")
    }

    /// Splits sorted days into runs of consecutive days.
    static func runs(of days: [Weekday]) -> [[Weekday]] {
        var result: [[Weekday]] = []
        for day in days.sorted() {
            if let last = result.last?.last, last.rawValue + 1 == day.rawValue {
                result[result.count - 1].append(day)
            } else {
                result.append([day])
            }
        }
        return result
    }
}

private extension OpeningHours {
    func formatRule(_ rule: OpeningRule, _ language: ScheduleLanguage) -> String {
        let ranges = rule.ranges.map { OpeningHours.formatRange($0, language) }.joined(separator: ", ")
        return "\(OpeningHours.formatDays(rule.days, language)) \(ranges)"
    }

    func formattedNote(_ language: ScheduleLanguage) -> String {
        OpeningHours.formattedNote(note, language)
    }

    /// "по рабочим дням", "по будням", "Пн, Ср, время уточняется" / "on working days", "on weekdays",
    /// "Mon, Wed, hours unknown".
    func formatDaysWithoutTimes(_ language: ScheduleLanguage) -> String {
        let ru = language == .ru
        if daysWithoutTimes == Weekday.workweek {
            if holidayPolicy == .closed { return ru ? "по рабочим дням" : "on working days" }
            return ru ? "по будням" : "on weekdays"
        }
        let days = OpeningHours.formatDays(daysWithoutTimes, language)
        return days + (ru ? ", время уточняется" : ", hours unknown") + holidayClause(language)
    }
}

extension OpeningHours {
    /// The note in quotes at the end: « » in Russian unless the note holds », " " in English unless
    /// it holds one.
    static func formattedNote(_ note: String?, _ language: ScheduleLanguage) -> String {
        guard let note, !note.isEmpty else { return "" }
        let guillemets = language == .ru ? !note.contains("»") : note.contains("\"")
        return guillemets ? " «\(note)»" : " \"\(note)\""
    }
}
