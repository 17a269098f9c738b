import ScheduleModel

/// An opening-hours notation as written in the content, with its parsed value.
public struct HoursValue: Sendable {
    /// The text as the school wrote it.
    public var text: String
    /// The parsed schedule.
    public var hours: OpeningHours
    /// Where the text stands.
    public var location: SourceLocation
}
