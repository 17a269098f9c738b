import Foundation

/// A support desk's two layers of hours: when requests are registered (intake, e.g. 24x7)
/// and when they are processed (e.g. 9:00-18:00 on working days).
public struct DeskHours: Hashable, Sendable {
    /// When requests are accepted and registered.
    public var intake: OpeningHours
    /// When requests are worked on.
    public var processing: OpeningHours

    /// Creates desk hours.
    public init(intake: OpeningHours, processing: OpeningHours) {
        self.intake = intake
        self.processing = processing
    }

    /// When a request submitted at `instant` is registered: the instant itself if intake is open,
    /// else the next intake opening. `nil` when intake never opens within `horizonDays`.
    public func registration(forRequestAt instant: Date, calendar: SchoolCalendar, horizonDays: Int = 400) -> Date? {
        intake.nextOpening(atOrAfter: instant, in: calendar, horizonDays: horizonDays)
    }

    /// When work on a request submitted at `instant` starts: the first processing time at or after
    /// its registration ("submitted Fri 19:00 → handled Mon from 9:00"). `nil` when never.
    public func handlingStart(forRequestAt instant: Date, calendar: SchoolCalendar, horizonDays: Int = 400) -> Date? {
        guard let registered = registration(forRequestAt: instant, calendar: calendar, horizonDays: horizonDays) else {
            return nil
        }
        return processing.nextOpening(atOrAfter: registered, in: calendar, horizonDays: horizonDays)
    }
}
