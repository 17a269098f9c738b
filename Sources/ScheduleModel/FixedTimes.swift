import Foundation

/// Fixed times of day on given weekdays: events that start at a moment and have no stated end,
/// such as "ежедневно в 14:15 и в 17:15" or "по вторникам в 15:00" (OpenStreetMap's points in time,
/// "Tu 15:00"). A notation class of its own, distinct from the ranges of `OpeningHours`.
public struct FixedTimes: Hashable, Sendable {
    /// Times per weekday; days without times are absent.
    public private(set) var week: [Weekday: [TimeOfDay]]
    /// What happens on public holidays ("кроме праздничных дней": none then).
    public var holidayPolicy: OpeningHours.HolidayPolicy
    /// The clock the times are stated in ("по московскому времени"); `nil`: the school's zone.
    public var zone: NotationZone?
    /// A free-text note, written in quotes after the value.
    public var note: String?

    /// Creates the times; each day's times are sorted and de-duplicated, empty days dropped.
    public init(week: [Weekday: [TimeOfDay]], holidayPolicy: OpeningHours.HolidayPolicy = .unspecified) {
        var normalized: [Weekday: [TimeOfDay]] = [:]
        for (day, times) in week where !times.isEmpty { normalized[day] = Array(Set(times)).sorted() }
        self.week = normalized
        self.holidayPolicy = normalized.isEmpty ? .unspecified : holidayPolicy
        self.zone = nil
        self.note = nil
    }

    /// The same times on each of `days`.
    public init(days: [Weekday], times: [TimeOfDay], holidayPolicy: OpeningHours.HolidayPolicy = .unspecified) {
        self.init(week: Dictionary(days.map { ($0, times) }, uniquingKeysWith: +), holidayPolicy: holidayPolicy)
    }

    /// Reads a notation of fixed times ("по вторникам в 15:00", "Tu 15:00"); a notation of ranges
    /// ("9:00-18:00") is refused with BG205.
    public static func parse(_ text: String) -> Result<FixedTimes, ScheduleParseFailure> {
        switch ScheduleNotation.parse(text) {
        case let .success(.events(times)): return .success(times)
        case .success(.hours): return .failure(ScheduleParseFailure(diagnostics: [rangesNotEvents(text)]))
        case let .failure(failure): return .failure(failure)
        }
    }

    /// The times on a weekday in a normal week.
    public func weeklyTimes(on day: Weekday) -> [TimeOfDay] { week[day] ?? [] }

    /// The weekly times as rules: groups of days that share the same times, Monday first.
    public var rules: [(days: [Weekday], times: [TimeOfDay])] {
        var result: [(days: [Weekday], times: [TimeOfDay])] = []
        for day in Weekday.allCases {
            guard let times = week[day] else { continue }
            if let index = result.firstIndex(where: { $0.times == times }) {
                result[index].days.append(day)
            } else {
                result.append(([day], times))
            }
        }
        return result
    }
}

private extension FixedTimes {
    static func rangesNotEvents(_ text: String) -> ScheduleDiagnostic {
        ScheduleDiagnostic(
            code: .ambiguous,
            message: "ambiguous: \"\(text)\" gives time ranges where fixed times are expected; "
                + "write the moments, e.g. \"по вторникам в 15:00\"",
            column: 1, length: text.count)
    }
}
