extension HolidayCalendar {
    /// The Russian production calendar for 2025, 2026 and 2027 (Labour Code art. 112 and the
    /// Government decrees on transfers of days off), from `RussianProductionCalendarData`.
    public static let russia: HolidayCalendar = makeCalendar(from: RussianProductionCalendarData.text)

    /// Builds a calendar from the line format of `RussianProductionCalendarData`:
    /// `holiday DATE NAME`, `dayoff DATE REASON`, `workday DATE WEEKDAY-CODE REASON`, `year YYYY`.
    /// Lines starting with `#` and blank lines are ignored; malformed lines are skipped.
    public static func makeCalendar(from text: String) -> HolidayCalendar {
        var calendar = HolidayCalendar()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 3).map(String.init)
            guard fields.count >= 2, !fields[0].hasPrefix("#") else { continue }
            calendar.apply(fields)
        }
        return calendar
    }
}

private extension HolidayCalendar {
    mutating func apply(_ fields: [String]) {
        if fields[0] == "year", let year = Int(fields[1]) {
            coveredYears.insert(year)
            return
        }
        guard let date = LocalDate(iso: fields[1]) else { return }
        let rest = fields.dropFirst(2).joined(separator: " ")
        switch fields[0] {
        case "holiday": publicHolidays[date] = rest
        case "dayoff": extraDaysOff[date] = rest
        case "workday":
            guard fields.count >= 3, let day = Weekday.allCases.first(where: { $0.osmCode == fields[2] }) else {
                return
            }
            extraWorkingDays[date] = day
        default: return
        }
    }
}
