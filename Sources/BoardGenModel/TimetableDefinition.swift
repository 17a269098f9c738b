import BoardGenDiagnostics
import ScheduleModel

/// A published (or only referenced) consultation timetable.
package struct TimetableDefinition: Sendable, Identifiable {
    /// How the timetable is laid out.
    package enum Layout: String, Sendable, CaseIterable {
        /// Days × rooms/people, the seed 002 layout.
        case grid
        /// One row per person with topics and hours, the seed 004 layout.
        case list
    }

    package var id: String
    package var title: String
    package var people: [Reference]
    package var layout: Layout
    package var days: [Weekday]?
    package var validity: DateRange?
    package var validityLocation: SourceLocation?
    /// False when a regulation refers to the timetable but it was never published (seed 000).
    package var isPublished: Bool
    package var note: String?
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        id: String,
        title: String,
        people: [Reference],
        layout: Layout,
        days: [Weekday]? = nil,
        validity: DateRange? = nil,
        validityLocation: SourceLocation? = nil,
        isPublished: Bool,
        note: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.people = people
        self.layout = layout
        self.days = days
        self.validity = validity
        self.validityLocation = validityLocation
        self.isPublished = isPublished
        self.note = note
        self.location = location
    }
}
