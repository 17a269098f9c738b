/// An inclusive range of dates, `start...end`: a school year, a term, a vacation.
public struct DateRange: Hashable, Sendable, CustomStringConvertible {
    /// First day.
    public let start: LocalDate
    /// Last day (inclusive).
    public let end: LocalDate

    /// Creates a range; `nil` when `end` is before `start`.
    public init?(start: LocalDate, end: LocalDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// Creates a range from two ISO dates ("2026-09-01", "2027-05-31"); `nil` when invalid.
    public init?(iso start: String, _ end: String) {
        guard let s = LocalDate(iso: start), let e = LocalDate(iso: end) else { return nil }
        self.init(start: s, end: e)
    }

    /// Whether `date` lies within the range.
    public func contains(_ date: LocalDate) -> Bool { start <= date && date <= end }

    /// Whether the two ranges share at least one day.
    public func overlaps(_ other: DateRange) -> Bool { start <= other.end && other.start <= end }

    /// Number of days in the range.
    public var dayCount: Int { start.days(to: end) + 1 }

    /// Every date in the range, in order.
    public var days: [LocalDate] { (0..<dayCount).map { start.adding(days: $0) } }

    /// The common part of two ranges, if any.
    public func intersection(_ other: DateRange) -> DateRange? {
        DateRange(start: max(start, other.start), end: min(end, other.end))
    }

    /// "2026-09-01...2027-05-31".
    public var description: String { "\(start.iso)...\(end.iso)" }
}
