import Foundation

extension ResponseTimeline {
    /// The timeline as a sentence: "обращение в субботу, 14.11.2026, в 10:00 → поступило в понедельник,
    /// 16.11.2026, в 09:00 → зарегистрировано не позднее 11:00 понедельника, 16.11.2026 → ответ не позднее
    /// 18:00 понедельника, 30.11.2026" / "request on Saturday, 14 Nov 2026, at 10:00 → received on Monday,
    /// 16 Nov 2026, at 09:00 → …". The receipt is told only when it differs from the submission.
    public func describe(_ language: ScheduleLanguage) -> String {
        var parts = [phrase(.submitted, submitted, language)]
        if let received, received != submitted { parts.append(phrase(.received, received, language)) }
        if let registrationDue { parts.append(phrase(.registered, registrationDue, language)) }
        if let answerDue { parts.append(phrase(.answered, answerDue, language)) }
        return parts.joined(separator: " → ")
    }
}

private extension ResponseTimeline {
    enum Step { case submitted, received, registered, answered }

    func phrase(_ step: Step, _ instant: Date, _ language: ScheduleLanguage) -> String {
        let calendar = SchoolCalendar(timeZone: timeZone, holidays: .weekendsOnly)
        var (date, minutes) = calendar.localDateTime(of: instant)
        if minutes == 0, step == .registered || step == .answered {
            // A deadline at midnight is the end of the day before: "не позднее 24:00 среды", not "00:00 четверга".
            (date, minutes) = (date.adding(days: -1), 24 * 60)
        }
        let time = TimeOfDay(uncheckedMinutes: minutes).formatted
        switch language {
        case .ru: return russian(step, date, time)
        case .en: return english(step, date, time)
        }
    }

    func russian(_ step: Step, _ date: LocalDate, _ time: String) -> String {
        let on = "\(Self.russianAccusative[date.weekday.rawValue - 1]), \(date.dottedString), в \(time)"
        let by = "не позднее \(time) \(Self.russianGenitive[date.weekday.rawValue - 1]), \(date.dottedString)"
        switch step {
        case .submitted: return "обращение \(on)"
        case .received: return "поступило \(on)"
        case .registered: return "зарегистрировано \(by)"
        case .answered: return "ответ \(by)"
        }
    }

    func english(_ step: Step, _ date: LocalDate, _ time: String) -> String {
        let day = "\(date.weekday.fullName(.en)), \(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)"
        switch step {
        case .submitted: return "request on \(day), at \(time)"
        case .received: return "received on \(day), at \(time)"
        case .registered: return "registered by \(time) on \(day)"
        case .answered: return "answer by \(time) on \(day)"
        }
    }

    static let russianAccusative = [
        "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье",
    ]
    static let russianGenitive = [
        "понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья",
    ]
    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
