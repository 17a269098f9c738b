import BoardGenDiagnostics
import BoardGenSupport
import ScheduleModel

/// An opening-hours notation as written in the content, with its parsed value.
public struct HoursValue: Sendable {
    /// The text as the school wrote it.
    public var text: String
    /// The parsed schedule.
    public var hours: OpeningHours
    /// Where the text stands.
    public var location: SourceLocation

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
