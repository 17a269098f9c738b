/// A school year with its terms (четверти, триместры, полугодия) and vacations (каникулы).
public struct SchoolYear: Hashable, Sendable {
    /// "2026/2027".
    public var name: String
    /// First to last day of the year.
    public var range: DateRange
    /// Reporting periods, in order.
    public var terms: [Term]
    /// School vacations; no consultations take place on them.
    public var vacations: [Vacation]

    /// Creates a school year.
    public init(name: String, range: DateRange, terms: [Term] = [], vacations: [Vacation] = []) {
        self.name = name
        self.range = range
        self.terms = terms
        self.vacations = vacations
    }

    /// Whether the date falls in a vacation.
    public func isVacation(_ date: LocalDate) -> Bool { vacations.contains { $0.range.contains(date) } }

    /// The term containing the date, if any.
    public func term(containing date: LocalDate) -> Term? { terms.first { $0.range.contains(date) } }
}

/// A reporting period: a quarter (четверть), trimester or half-year.
public struct Term: Hashable, Sendable, Identifiable {
    /// Stable identifier, e.g. "q1".
    public var id: String
    /// "1 четверть".
    public var name: String
    /// First to last day.
    public var range: DateRange

    /// Creates a term.
    public init(id: String, name: String, range: DateRange) {
        self.id = id
        self.name = name
        self.range = range
    }
}

/// A school vacation (каникулы).
public struct Vacation: Hashable, Sendable {
    /// "Осенние каникулы".
    public var name: String
    /// First to last day.
    public var range: DateRange

    /// Creates a vacation.
    public init(name: String, range: DateRange) {
        self.name = name
        self.range = range
    }
}
