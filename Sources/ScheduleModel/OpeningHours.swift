import Foundation

/// The parsed value of an opening-hours notation such as "пн-пт 9:00-18:00, кроме праздничных дней".
///
/// It is a weekly pattern (ranges per weekday), a public-holiday policy, or a status without times
/// ("by appointment", "unknown", or days whose times are unknown: "по рабочим дням") with an optional
/// note, and the clock the times are stated in when the text names one ("по московскому времени").
/// The weekly pattern is kept normalised (ranges sorted, empty days dropped), so two values that
/// mean the same week are equal.
public struct OpeningHours: Hashable, Sendable {
    /// Whether the value holds times or only says how to get help.
    public enum Status: String, Hashable, Sendable, Codable {
        /// A weekly pattern of times (possibly empty: closed).
        case regular
        /// Help by appointment only ("по предварительной записи").
        case byAppointment
        /// Hours not known ("уточняется"), possibly on known days ("по рабочим дням": `daysWithoutTimes`).
        case unknown
    }

    /// What happens on public holidays and other non-working days of the production calendar.
    public enum HolidayPolicy: String, Hashable, Sendable, Codable {
        /// The notation says nothing: the weekly pattern applies every week regardless of holidays.
        case unspecified
        /// Closed on public holidays and transferred days off; open on transferred working
        /// weekend days with the hours of the weekday they stand in for ("PH off").
        case closed
    }

    /// Ranges per weekday; days without ranges are absent.
    public private(set) var week: [Weekday: [TimeRange]]
    /// The public-holiday policy.
    public var holidayPolicy: HolidayPolicy
    /// Regular times, by appointment, or unknown.
    public var status: Status
    /// A free-text note ("уточняйте по телефону", "каб. 12"), written in quotes after the value.
    public var note: String?
    /// The days named without their times ("по рабочим дням": Monday to Friday, public holidays
    /// off); only with `status == .unknown`, empty otherwise.
    public private(set) var daysWithoutTimes: [Weekday]
    /// The clock the ranges are stated in ("по московскому времени", "МСК+2"); `nil` means the
    /// school's own zone. See `localized(to:at:)`.
    public var zone: NotationZone?

    /// Creates a weekly pattern; ranges are sorted and de-duplicated, empty days dropped.
    public init(week: [Weekday: [TimeRange]], holidayPolicy: HolidayPolicy = .unspecified) {
        self.week = OpeningHours.normalize(week)
        self.holidayPolicy = self.week.isEmpty ? .unspecified : holidayPolicy
        self.status = .regular
        self.note = nil
        self.daysWithoutTimes = []
        self.zone = nil
    }

    /// Creates a pattern with the same ranges on each of `days`.
    public init(days: [Weekday], ranges: [TimeRange], holidayPolicy: HolidayPolicy = .unspecified) {
        self.init(week: Dictionary(days.map { ($0, ranges) }, uniquingKeysWith: +), holidayPolicy: holidayPolicy)
    }

    /// Help by appointment only, with an optional note.
    public static func byAppointment(note: String? = nil) -> OpeningHours {
        var value = OpeningHours(week: [:])
        value.status = .byAppointment
        value.note = note?.isEmpty == true ? nil : note
        return value
    }

    /// Hours not known, with an optional note.
    public static func unknown(note: String? = nil) -> OpeningHours {
        var value = OpeningHours(week: [:])
        value.status = .unknown
        value.note = note?.isEmpty == true ? nil : note
        return value
    }

    /// Open on `days` at times not known yet: "по рабочим дням" is Monday to Friday with public
    /// holidays off (the production calendar's working days), "по будням" Monday to Friday.
    public static func unknownTimes(
        on days: [Weekday], holidayPolicy: HolidayPolicy = .unspecified, note: String? = nil
    ) -> OpeningHours {
        var value = unknown(note: note)
        value.daysWithoutTimes = Array(Set(days)).sorted()
        value.holidayPolicy = value.daysWithoutTimes.isEmpty ? .unspecified : holidayPolicy
        return value
    }

    /// "по рабочим дням" without times: the production calendar's working days, hours not known.
    public static func workingDays(note: String? = nil) -> OpeningHours {
        unknownTimes(on: Weekday.workweek, holidayPolicy: .closed, note: note)
    }

    /// Open round the clock every day, holidays included ("24/7").
    public static let alwaysOpen = OpeningHours(days: Weekday.allCases, ranges: [.allDay])

    /// The ranges on a weekday in a normal week (sorted by start).
    public func weeklyRanges(on day: Weekday) -> [TimeRange] { week[day] ?? [] }

    /// Whether the pattern has no times at all (closed, by appointment or unknown).
    public var isEmpty: Bool { week.isEmpty }

    /// The weekly pattern as rules: consecutive groups of days that share the same ranges.
    public var rules: [OpeningRule] {
        var result: [OpeningRule] = []
        for day in Weekday.allCases {
            guard let ranges = week[day] else { continue }
            if let index = result.firstIndex(where: { $0.ranges == ranges }) {
                result[index].days.append(day)
            } else {
                result.append(OpeningRule(days: [day], ranges: ranges))
            }
        }
        return result
    }
}

/// One rule of a weekly pattern: a set of days with the same time ranges.
public struct OpeningRule: Hashable, Sendable {
    /// The days, Monday first.
    public var days: [Weekday]
    /// The ranges on each of those days, sorted.
    public var ranges: [TimeRange]

    /// Creates a rule.
    public init(days: [Weekday], ranges: [TimeRange]) {
        self.days = days
        self.ranges = ranges
    }
}

private extension OpeningHours {
    static func normalize(_ week: [Weekday: [TimeRange]]) -> [Weekday: [TimeRange]] {
        var result: [Weekday: [TimeRange]] = [:]
        for (day, ranges) in week where !ranges.isEmpty {
            result[day] = Array(Set(ranges)).sorted()
        }
        return result
    }
}
