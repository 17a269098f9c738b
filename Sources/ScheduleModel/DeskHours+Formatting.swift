import Foundation

extension DeskHours {
    /// Human text for when a request is handled: "submitted Fri 19:00 → handled Mon from 09:00" /
    /// "обращение от Пт 19:00 → обработка в Пн с 09:00"; dates are added when the handling day is
    /// more than six days later. `nil` when it is never handled within a year.
    public func describeHandling(forRequestAt instant: Date, calendar: SchoolCalendar,
                                 language: ScheduleLanguage) -> String? {
        guard let start = handlingStart(forRequestAt: instant, calendar: calendar, horizonDays: 370) else { return nil }
        let submitted = calendar.localDateTime(of: instant), handled = calendar.localDateTime(of: start)
        let showDates = submitted.date.days(to: handled.date) > 6
        let (fromDay, fromTime) = describe(submitted.date, submitted.minutes, language, withDate: showDates)
        let (toDay, toTime) = describe(handled.date, handled.minutes, language, withDate: showDates)
        switch language {
        case .ru: return "обращение от \(fromDay) \(fromTime) → обработка в \(toDay) с \(toTime)"
        case .en: return "submitted \(fromDay) \(fromTime) → handled \(toDay) from \(toTime)"
        }
    }
}

private extension DeskHours {
    func describe(_ date: LocalDate, _ minutes: Int, _ language: ScheduleLanguage,
                  withDate: Bool) -> (day: String, time: String) {
        let day = date.weekday.shortName(language) + (withDate ? " " + date.dottedString : "")
        return (day, TimeOfDay(uncheckedMinutes: minutes).formatted)
    }
}
