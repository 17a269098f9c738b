import Foundation

/// One named timetable to publish as calendar events.
public struct ICalendarEvent: Hashable, Sendable {
    /// The timetable; its `id` makes the UIDs.
    public var timetable: Timetable
    /// The event title ("Консультация: Абжелова А.Д").
    public var summary: String
    /// Optional longer text.
    public var details: String?

    /// Creates an event source.
    public init(timetable: Timetable, summary: String, details: String? = nil) {
        self.timetable = timetable
        self.summary = summary
        self.details = details
    }
}

/// Writes RFC 5545 iCalendar: one VEVENT per weekly slot with an RRULE, EXDATE for the dates the
/// library leaves out (holidays, transfers, vacations, cancellations, validity), RDATE for dates it
/// adds (working Saturdays, extra slots with a weekly slot's time, room and note), one VEVENT for each
/// other extra slot, and a VTIMEZONE for the school's zone.
/// Output is deterministic: UIDs come from timetable ids, DTSTAMP from `stamp`; CRLF, 75-octet folding.
public enum ICalendarWriter {
    /// A whole VCALENDAR for `events` over `range` (the school year's range when `nil`).
    public static func makeCalendar(
        name: String, events: [ICalendarEvent], calendar: SchoolCalendar, range: DateRange? = nil, stamp: Date
    ) -> String {
        let lines = events.map { makeEventLines($0, calendar: calendar, range: range, stamp: stamp) }
        return makeCalendar(name: name, eventLines: lines, calendar: calendar, range: range, stamp: stamp)
    }

    /// The VEVENT lines of one event (unfolded), for a caller that puts the same event into several
    /// calendars with the same school calendar, range and stamp: its occurrences are computed once.
    public static func makeEventLines(
        _ event: ICalendarEvent, calendar: SchoolCalendar, range: DateRange? = nil, stamp: Date
    ) -> [String] {
        guard let window = range ?? calendar.schoolYear?.range else { return [] }
        return makeEvents(event, context: Context(calendar: calendar, window: window, stamp: utcStamp(stamp)))
    }

    /// A whole VCALENDAR from the lines of `makeEventLines`, made with the same calendar, range and stamp.
    public static func makeCalendar(
        name: String, eventLines: [[String]], calendar: SchoolCalendar, range: DateRange? = nil, stamp: Date
    ) -> String {
        guard let window = range ?? calendar.schoolYear?.range else { return "" }
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//boardgen//ScheduleModel//RU", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))", "X-WR-TIMEZONE:\(calendar.timeZone.identifier)",
        ]
        lines += makeTimeZone(calendar, window: window)
        lines += eventLines.joined()
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }
}

extension ICalendarWriter {
    struct Context {
        var calendar: SchoolCalendar
        var window: DateRange
        var stamp: String
    }

    static func makeEvents(_ event: ICalendarEvent, context: Context) -> [String] {
        let occurrences = event.timetable.occurrences(in: context.window, calendar: context.calendar)
        var lines: [String] = []
        var seen = Set<WeeklySlot>()
        var extras = occurrences.filter(\.isExtra)
        for slot in event.timetable.slots where seen.insert(slot).inserted {
            var dates = occurrences.filter { $0.slot == slot }.map(\.date)
            // An extra with the slot's time, room and note on a date the slot does not cover becomes an RDATE.
            while let index = extras.firstIndex(where: { isSameSlot($0, slot) && !dates.contains($0.date) }) {
                dates.append(extras.remove(at: index).date)
            }
            lines += makeWeeklyEvent(event, slot: slot, dates: dates, context: context)
        }
        for occurrence in extras {
            lines += makeSingleEvent(event, occurrence: occurrence, context: context)
        }
        return lines
    }

    static func makeWeeklyEvent(
        _ event: ICalendarEvent, slot: WeeklySlot, dates: [LocalDate], context: Context
    ) -> [String] {
        let ruleDates = context.window.days.filter { $0.weekday == slot.day }
        guard !dates.isEmpty, let first = ruleDates.first, let last = ruleDates.last else { return [] }
        let actual = Set(dates), expected = Set(ruleDates)
        let tz = context.calendar.timeZone.identifier
        let uid = "\(event.timetable.id)-\(slot.day.icalCode)-\(compact(slot.range))@boardgen"
        var lines = header(uid: uid, event: event, room: slot.room, note: slot.note, context: context)
        lines += times(first, slot.range, context: context)
        let until = context.calendar.instant(on: last, minutes: slot.range.start.minutes)
        lines.append("RRULE:FREQ=WEEKLY;BYDAY=\(slot.day.icalCode);UNTIL=\(utcStamp(until))")
        let excluded = expected.subtracting(actual).sorted(), added = actual.subtracting(expected).sorted()
        if !excluded.isEmpty {
            lines.append(
                "EXDATE;TZID=\(tz):"
                    + excluded.map { local($0, slot.range.start.minutes, context) }.joined(separator: ","))
        }
        if !added.isEmpty {
            lines.append(
                "RDATE;TZID=\(tz):" + added.map { local($0, slot.range.start.minutes, context) }.joined(separator: ","))
        }
        return lines + ["END:VEVENT"]
    }

    static func isSameSlot(_ occurrence: Occurrence, _ slot: WeeklySlot) -> Bool {
        occurrence.range == slot.range && occurrence.room == slot.room && occurrence.note == slot.note
    }

    static func makeSingleEvent(_ event: ICalendarEvent, occurrence: Occurrence, context: Context) -> [String] {
        let uid = "\(event.timetable.id)-extra-\(occurrence.date.basicISO)-\(compact(occurrence.range))@boardgen"
        var lines = header(uid: uid, event: event, room: occurrence.room, note: occurrence.note, context: context)
        lines += times(occurrence.date, occurrence.range, context: context)
        return lines + ["END:VEVENT"]
    }

    static func header(uid: String, event: ICalendarEvent, room: String?, note: String?, context: Context) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(context.stamp)", "SUMMARY:\(escape(event.summary))"]
        if let room { lines.append("LOCATION:\(escape(room))") }
        let details = [event.details, note].compactMap { $0 }.joined(separator: "\n")
        if !details.isEmpty { lines.append("DESCRIPTION:\(escape(details))") }
        return lines
    }

    static func times(_ date: LocalDate, _ range: TimeRange, context: Context) -> [String] {
        let tz = context.calendar.timeZone.identifier
        return [
            "DTSTART;TZID=\(tz):\(local(date, range.start.minutes, context))",
            "DTEND;TZID=\(tz):\(local(date, range.endMinutesFromStartDay, context))",
        ]
    }

    /// "20260904T140000": local wall-clock time, `minutes` may run into the next day.
    static func local(_ date: LocalDate, _ minutes: Int, _ context: Context) -> String {
        let day = date.adding(days: minutes / 1440), rest = minutes % 1440
        return "\(day.basicISO)T\(two(rest / 60))\(two(rest % 60))00"
    }

    static func compact(_ range: TimeRange) -> String {
        "\(two(range.start.hour))\(two(range.start.minute))-\(two(range.end.hour))\(two(range.end.minute))"
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
