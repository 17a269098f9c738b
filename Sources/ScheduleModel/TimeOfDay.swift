/// A wall-clock time of day with minute precision, stored as minutes since midnight (0...1440).
///
/// 1440 is "24:00", the end of the day, and is only meaningful as the end of a range.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0...1440.
    public let minutes: Int

    /// Midnight at the start of the day.
    public static let midnight = TimeOfDay(uncheckedMinutes: 0)
    /// "24:00", the end of the day.
    public static let endOfDay = TimeOfDay(uncheckedMinutes: 1440)

    /// Creates a time from minutes since midnight; `nil` outside 0...1440.
    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Creates a time from hours and minutes; `nil` for 25:00, 14:60 and the like (24:00 is allowed).
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// The hour part, 0...24.
    public var hour: Int { minutes / 60 }
    /// The minute part, 0...59.
    public var minute: Int { minutes % 60 }

    /// "14:00", "09:05", "24:00".
    public var formatted: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    /// Same as `formatted`.
    public var description: String { formatted }

    /// Orders times by minutes since midnight.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

extension TimeOfDay {
    init(uncheckedMinutes: Int) { self.minutes = uncheckedMinutes }
}
