import Foundation

extension OpeningHours {
    /// The value on `timeZone`'s wall clock: a stated zone ("9:00–18:00 по московскому времени") is
    /// removed and its ranges moved by the difference of the offsets at `instant` (a range that
    /// crosses midnight moves to the next or previous day). Without a stated zone, the value itself.
    public func localized(to timeZone: TimeZone, at instant: Date) -> OpeningHours {
        guard let zone else { return self }
        let delta = zone.minutesToLocal(in: timeZone, at: instant)
        var value = OpeningHours(week: OpeningHours.shift(week, by: delta), holidayPolicy: holidayPolicy)
        value.status = status
        value.note = note
        return value
    }

    /// Human text that says both clocks when the stated zone moves the times on the school's clock at
    /// `instant` (not for round-the-clock hours, which stay the same):
    /// "Пн–Пт 09:00–18:00 по московскому времени, Пн–Пт 11:00–20:00 по местному времени". Otherwise
    /// `format(language)`. A display form: `parse` reads `format(_:)`, not this.
    public func format(_ language: ScheduleLanguage, localTo timeZone: TimeZone, at instant: Date) -> String {
        let shifted = localized(to: timeZone, at: instant)
        guard zone != nil, status == .regular, shifted.week != week else { return format(language) }
        let local = shifted.formatWeek(language)
        let suffix = language == .ru ? " по местному времени" : " local time"
        return formatWeek(language) + ", " + local + suffix + holidayClause(language)
            + OpeningHours.formattedNote(note, language)
    }

    /// Moves every range by `delta` minutes, carrying it to the neighbouring day and splitting a
    /// whole day at midnight; ranges of one day that come to touch are merged.
    static func shift(_ week: [Weekday: [TimeRange]], by delta: Int) -> [Weekday: [TimeRange]] {
        guard delta != 0 else { return week }
        var spans: [Weekday: [(start: Int, end: Int)]] = [:]
        for (day, ranges) in week {
            for range in ranges {
                let start = range.start.minutes + delta
                let carry = start.floorDiv(1440)
                let localStart = start - carry * 1440
                let target = day.advanced(by: carry)
                let end = localStart + range.durationMinutes
                if range.durationMinutes < 1440 || localStart == 0 {
                    spans[target, default: []].append((localStart, end))
                } else {
                    spans[target, default: []].append((localStart, 1440))
                    spans[target.advanced(by: 1), default: []].append((0, localStart))
                }
            }
        }
        return spans.mapValues(mergeSpans)
    }

    /// Sorted, touching spans merged, as ranges (an end past 1440 is an overnight range).
    private static func mergeSpans(_ spans: [(start: Int, end: Int)]) -> [TimeRange] {
        var merged: [(start: Int, end: Int)] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, span.start <= last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged.compactMap { span in
            let end = span.end > 1440 ? min(span.end - 1440, span.start) : span.end
            return TimeRange(start: TimeOfDay(uncheckedMinutes: span.start), end: TimeOfDay(uncheckedMinutes: end))
        }
    }
}
