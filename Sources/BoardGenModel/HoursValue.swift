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

    /// True when the value gives days and times. A status without times ("уточняется", "не определено",
    /// "по записи") or a week without any ("закрыто") is not hours a reader can come at.
    package var givesTimes: Bool { hours.status == .regular && !hours.isEmpty }

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
