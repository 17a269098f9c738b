import ScheduleModel

/// A published (or only referenced) consultation timetable.
public struct TimetableDefinition: Sendable, Identifiable {
    /// How the timetable is laid out.
    public enum Layout: String, Sendable, CaseIterable {
        /// Days × rooms/people, the seed 002 layout.
        case grid
        /// One row per person with topics and hours, the seed 004 layout.
        case list
    }

    public var id: String
    public var title: String
    public var people: [Reference]
    public var layout: Layout
    public var days: [Weekday]?
    public var validity: DateRange?
    public var validityLocation: SourceLocation?
    /// False when a regulation refers to the timetable but it was never published (seed 000).
    public var isPublished: Bool
    public var note: String?
    public var location: SourceLocation
}
