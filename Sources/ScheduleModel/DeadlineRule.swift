/// A deadline stated relative to the school calendar, as in seed 004:
/// "не позднее, чем за 2 недели до конца отчетного периода" (2 weeks before the end of each term),
/// "за два дня до окончания четверти" (2 days before the end), "не реже одного раза в неделю".
public struct DeadlineRule: Hashable, Sendable, Codable {
    /// The unit of `amount`.
    public enum Unit: String, Hashable, Sendable, Codable {
        /// Calendar days.
        case days
        /// Calendar weeks (7 days).
        case weeks
        /// Working days of the production calendar (the anchor day itself not counted).
        case workingDays
    }

    /// What the rule is measured from.
    public enum Kind: Hashable, Sendable, Codable {
        /// `amount` `unit` before the last day of each term.
        case beforeEnd(amount: Int, unit: Unit)
        /// `amount` `unit` after the first day of each term.
        case afterStart(amount: Int, unit: Unit)
        /// At least `times` times in every calendar week of each term.
        case atLeastPerWeek(times: Int)
    }

    /// The rule.
    public var kind: Kind
    /// Move a calendar-day deadline that falls on a day off back to the previous working day.
    public var movesToPreviousWorkingDay: Bool

    /// Creates a rule.
    public init(kind: Kind, movesToPreviousWorkingDay: Bool = false) {
        self.kind = kind
        self.movesToPreviousWorkingDay = movesToPreviousWorkingDay
    }

    /// The dated deadlines for each term of `year`, in order. For `atLeastPerWeek` the date is the
    /// last school day of each calendar week of the term (the day by which that week's quota is due).
    public func dates(for year: SchoolYear, holidays: HolidayCalendar) -> [TermDeadline] {
        year.terms.flatMap { term -> [TermDeadline] in
            switch kind {
            case let .beforeEnd(amount, unit):
                return [TermDeadline(term: term, date: shift(term.range.end, by: -amount, unit, holidays))]
            case let .afterStart(amount, unit):
                return [TermDeadline(term: term, date: shift(term.range.start, by: amount, unit, holidays))]
            case let .atLeastPerWeek(times):
                return weeklyDeadlines(term, year: year, holidays: holidays, times: times)
            }
        }
    }
}

/// A dated deadline in a term.
public struct TermDeadline: Hashable, Sendable {
    /// The term.
    public var term: Term
    /// The date by which the thing must happen.
    public var date: LocalDate
    /// For a weekly rule, how many times it must happen by `date` in that week; 1 otherwise.
    public var times: Int

    /// Creates a deadline.
    public init(term: Term, date: LocalDate, times: Int = 1) {
        self.term = term
        self.date = date
        self.times = times
    }
}

private extension DeadlineRule {
    func shift(_ date: LocalDate, by amount: Int, _ unit: Unit, _ holidays: HolidayCalendar) -> LocalDate {
        switch unit {
        case .workingDays:
            return holidays.addingWorkingDays(amount, to: date)
        case .days, .weeks:
            let shifted = date.adding(days: unit == .weeks ? amount * 7 : amount)
            return movesToPreviousWorkingDay ? holidays.workingDay(onOrBefore: shifted) : shifted
        }
    }

    func weeklyDeadlines(_ term: Term, year: SchoolYear, holidays: HolidayCalendar, times: Int) -> [TermDeadline] {
        var byWeek: [Int: LocalDate] = [:]
        for date in term.range.days where holidays.isWorkingDay(date) && !year.isVacation(date) {
            let week = (date.daysSinceEpoch + 3).floorDiv(7)
            byWeek[week] = max(byWeek[week] ?? date, date)
        }
        return byWeek.keys.sorted().map { TermDeadline(term: term, date: byWeek[$0]!, times: times) }
    }
}

extension Int {
    func floorDiv(_ divisor: Int) -> Int {
        self >= 0 ? self / divisor : -((-self + divisor - 1) / divisor)
    }
}
