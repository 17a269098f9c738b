/// A time range within a day, `start` to `end`.
///
/// When `end` is earlier than `start` the range runs past midnight into the next day
/// ("22:00-02:00 (next day)"); `00:00-24:00` is the whole day. A range never has `start == end`.
public struct TimeRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Opening time.
    public let start: TimeOfDay
    /// Closing time; earlier than `start` for an overnight range.
    public let end: TimeOfDay

    /// The whole day, 00:00-24:00.
    public static let allDay = TimeRange(uncheckedStart: .midnight, end: .endOfDay)

    /// Creates a range; `nil` when it is empty (`start == end`) or starts at 24:00.
    /// An end of 00:00 after a later start is read as 24:00 ("22:00-00:00" ends at midnight).
    public init?(start: TimeOfDay, end: TimeOfDay) {
        let end = (end.minutes == 0 && start.minutes > 0) ? TimeOfDay.endOfDay : end
        guard start != end, start.minutes < 1440, !(end.minutes == 1440 && start > end) else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether the range runs past midnight into the next day.
    public var isOvernight: Bool { end < start }

    /// Whether the range is the whole day.
    public var isAllDay: Bool { start.minutes == 0 && end.minutes == 1440 }

    /// Length in minutes (overnight ranges included).
    public var durationMinutes: Int { isOvernight ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes }

    /// End in minutes counted from the start day's midnight (beyond 1440 for overnight ranges).
    public var endMinutesFromStartDay: Int { start.minutes + durationMinutes }

    /// "14:00-15:00" (ASCII hyphen, as in opening_hours).
    public var description: String { "\(start.formatted)-\(end.formatted)" }

    /// Orders ranges by start, then end.
    public static func < (lhs: TimeRange, rhs: TimeRange) -> Bool {
        (lhs.start, lhs.endMinutesFromStartDay) < (rhs.start, rhs.endMinutesFromStartDay)
    }

    /// Whether two ranges of the same day share at least one minute.
    public func overlaps(_ other: TimeRange) -> Bool {
        start.minutes < other.endMinutesFromStartDay && other.start.minutes < endMinutesFromStartDay
    }
}

extension TimeRange {
    init(uncheckedStart: TimeOfDay, end: TimeOfDay) {
        self.start = uncheckedStart
        self.end = end
    }
}
