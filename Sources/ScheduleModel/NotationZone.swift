import Foundation

/// The clock a notation's times are stated in when the text names one: "по московскому времени",
/// "(время московское)", "МСК", "МСК+2", "UTC+5".
///
/// Russia keeps no daylight-saving time since 26 October 2014, so a stated zone is a fixed offset
/// from UTC: Moscow time is UTC+3 and "МСК+n" is UTC+(3+n). A notation without such a note is in
/// the school's own zone, and `OpeningHours.zone` is `nil`.
public struct NotationZone: Hashable, Sendable, CustomStringConvertible {
    /// Whole hours ahead of UTC (Moscow time: 3).
    public let utcOffsetHours: Int

    /// Moscow time, UTC+3.
    public static let moscow = NotationZone(uncheckedUTCOffsetHours: 3)

    /// The offsets a notation may state: UTC−12 to UTC+14.
    public static let validOffsets = -12...14

    /// A zone `hours` ahead of UTC; `nil` outside UTC−12…UTC+14.
    public init?(utcOffsetHours hours: Int) {
        guard Self.validOffsets.contains(hours) else { return nil }
        utcOffsetHours = hours
    }

    /// A zone `hours` ahead of Moscow time ("МСК+2" is `hoursFromMoscow: 2`).
    public init?(hoursFromMoscow hours: Int) {
        self.init(utcOffsetHours: hours + 3)
    }

    /// Whole hours ahead of Moscow time (МСК+2 → 2, Kaliningrad МСК−1 → −1).
    public var hoursFromMoscow: Int { utcOffsetHours - 3 }

    /// Whether the zone is Moscow time.
    public var isMoscow: Bool { utcOffsetHours == 3 }

    /// The fixed-offset Foundation zone.
    public var timeZone: TimeZone { TimeZone(secondsFromGMT: utcOffsetHours * 3600)! }

    /// "MSK", "MSK+2", "MSK-1" (ASCII, as in logs and OSM comments).
    public var description: String {
        isMoscow ? "MSK" : "MSK\(hoursFromMoscow > 0 ? "+" : "-")\(abs(hoursFromMoscow))"
    }

    /// The minutes to add to a wall-clock time in this zone to get the wall-clock time in `zone`
    /// at `instant` (zero when both have the same offset then).
    public func minutesToLocal(in zone: TimeZone, at instant: Date) -> Int {
        zone.secondsFromGMT(for: instant) / 60 - utcOffsetHours * 60
    }
}

extension NotationZone {
    init(uncheckedUTCOffsetHours hours: Int) { utcOffsetHours = hours }
}
