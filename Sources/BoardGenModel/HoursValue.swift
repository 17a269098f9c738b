import BoardGenDiagnostics
import BoardGenSupport
import Foundation
import ScheduleModel

/// An opening-hours notation as written in the content, with its parsed value.
///
/// A notation may state its own clock ("9:00–18:00 (время московское)"); `hours` is then the value
/// moved onto the school's clock (`site.yaml`'s `time_zone`), which every computation uses (slots,
/// next openings, calendar feeds, the OpenStreetMap form), and `written` keeps the stated clock so
/// that pages can say both.
package struct HoursValue: Sendable {
    /// The text as the school wrote it.
    package var text: String
    /// The parsed schedule on the school's clock.
    package var hours: OpeningHours
    /// The parsed schedule as written, with its stated zone (`hours` itself without a stated zone).
    package var written: OpeningHours
    /// Where the text stands.
    package var location: SourceLocation

    /// True when the value gives days and times. A status without times ("уточняется", "не определено",
    /// "по записи") or a week without any ("закрыто") is not hours a reader can come at.
    package var givesTimes: Bool { hours.status == .regular && !hours.isEmpty }

    /// True when the notation states a clock of its own.
    package var statesZone: Bool { written.zone != nil }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        text: String,
        hours: OpeningHours,
        written: OpeningHours? = nil,
        location: SourceLocation
    ) {
        self.text = text
        self.hours = hours
        self.written = written ?? hours
        self.location = location
    }

    /// A value read from `text`: `written` as parsed, `hours` moved onto the school's clock.
    package init(text: String, written: OpeningHours, calendar: SchoolCalendar, location: SourceLocation) {
        self.init(
            text: text, hours: written.localized(to: calendar.timeZone, at: calendar.zoneReferenceInstant),
            written: written, location: location)
    }
}

/// Fixed times of day as written in the content ("ежедневно в 14:15 и в 17:15"): events, not
/// opening hours. Only a channel's `hours` may be events; slots and desk hours need ranges (BG216).
package struct EventTimesValue: Sendable {
    /// The text as the school wrote it.
    package var text: String
    /// The times on the school's clock.
    package var times: FixedTimes
    /// The times as written, with their stated zone.
    package var written: FixedTimes
    /// Where the text stands.
    package var location: SourceLocation

    /// A value read from `text`: `written` as parsed, `times` moved onto the school's clock.
    package init(text: String, written: FixedTimes, calendar: SchoolCalendar, location: SourceLocation) {
        self.text = text
        self.times = written.localized(to: calendar.timeZone, at: calendar.zoneReferenceInstant)
        self.written = written
        self.location = location
    }
}

extension SchoolCalendar {
    /// The instant whose UTC offsets convert a notation's stated clock to the school's: noon of the
    /// school year's first day (noon of 2026-01-01 without a school year). Russia keeps no daylight
    /// saving time, so any instant gives the same shift there; a fixed one keeps builds reproducible.
    package var zoneReferenceInstant: Date {
        let day = schoolYear?.range.start ?? LocalDate(daysSinceEpoch: 20454)  // 2026-01-01
        return instant(on: day, minutes: 12 * 60)
    }
}
