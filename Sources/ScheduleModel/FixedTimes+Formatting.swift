extension FixedTimes {
    /// Human text: "Вт в 15:00", "ежедневно в 14:15 и 17:15" / "Tue at 15:00", "daily at 14:15 and 17:15",
    /// then the zone, the holiday clause and the note. `ScheduleNotation.parse` reads it back.
    public func format(_ language: ScheduleLanguage) -> String {
        guard !week.isEmpty else { return language == .ru ? "закрыто" : "closed" }
        let at = language == .ru ? "в" : "at"
        var text = rules.map { rule in
            "\(OpeningHours.formatDays(rule.days, language)) \(at) \(FixedTimes.formatTimes(rule.times, language))"
        }.joined(separator: "; ")
        if let zone { text += " " + zone.phrase(language) }
        if holidayPolicy == .closed {
            text += language == .ru ? ", кроме праздничных дней" : ", except public holidays"
        }
        return text + OpeningHours.formattedNote(note, language)
    }

    /// The OpenStreetMap points-in-time form, as `collection_times` uses it: "Tu 15:00",
    /// "Mo-Su 14:15,17:15; PH off". It has no time zone.
    public var openingHoursSyntax: String {
        guard !week.isEmpty else { return "off" }
        let body = rules.map { rule in
            "\(OpeningHours.osmDays(rule.days)) \(rule.times.map(\.formatted).joined(separator: ","))"
        }.joined(separator: "; ")
        let comment = note.map { " \"\($0.replacingOccurrences(of: "\"", with: "'"))\"" } ?? ""
        return (holidayPolicy == .closed ? body + "; PH off" : body) + comment
    }

    /// "14:15", "14:15 и 17:15", "09:00, 12:00 и 15:00" / "… and …".
    static func formatTimes(_ times: [TimeOfDay], _ language: ScheduleLanguage) -> String {
        let words = times.map(\.formatted)
        guard words.count > 1 else { return words.joined() }
        let and = language == .ru ? " и " : " and "
        return words.dropLast().joined(separator: ", ") + and + words.last!
    }
}
