import BoardGenDiagnostics
import BoardGenSupport
import ScheduleModel

/// An opening-hours notation as written in the content, with its parsed value.
package struct HoursValue: Sendable {
    /// The text as the school wrote it.
    package var text: String
    /// The parsed schedule.
    package var hours: OpeningHours
    /// Where the text stands.
    package var location: SourceLocation

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        text: String,
        hours: OpeningHours,
        location: SourceLocation
    ) {
        self.text = text
        self.hours = hours
        self.location = location
    }
}
