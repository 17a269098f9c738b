import Foundation

extension ICalendarWriter {
    /// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and new lines.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1), never splitting
    /// a UTF-8 sequence; continuation lines start with one space. Lines are joined with CRLF.
    public static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }

    /// "20261120T160000Z".
    static func utcStamp(_ date: Date) -> String {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let p = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = LocalDate(year: p.year!, month: p.month!, day: p.day!)!
        return "\(day.basicISO)T\(two(p.hour!))\(two(p.minute!))\(two(p.second!))Z"
    }

    /// A VTIMEZONE with one observance per offset change around `window` (one STANDARD if none).
    static func makeTimeZone(_ calendar: SchoolCalendar, window: DateRange) -> [String] {
        let zone = calendar.timeZone
        let from = calendar.instant(on: window.start.adding(days: -366), minutes: 0)
        let to = calendar.instant(on: window.end.adding(days: 366), minutes: 0)
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let initial = zone.secondsFromGMT(for: from)
        lines += observance(
            kind: zone.isDaylightSavingTime(for: from) ? "DAYLIGHT" : "STANDARD",
            start: "19700101T000000", from: initial, to: initial)
        var cursor = from
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < to {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1)), after = zone.secondsFromGMT(for: next)
            let start = localStamp(next.addingTimeInterval(TimeInterval(before)))
            lines += observance(
                kind: zone.isDaylightSavingTime(for: next) ? "DAYLIGHT" : "STANDARD",
                start: start, from: before, to: after)
            cursor = next
        }
        return lines + ["END:VTIMEZONE"]
    }

    static func observance(kind: String, start: String, from: Int, to: Int) -> [String] {
        [
            "BEGIN:\(kind)", "DTSTART:\(start)", "TZOFFSETFROM:\(offset(from))", "TZOFFSETTO:\(offset(to))",
            "END:\(kind)",
        ]
    }

    /// "+0300", "-0430".
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+", minutes = abs(seconds) / 60
        return "\(sign)\(two(minutes / 60))\(two(minutes % 60))"
    }

    /// A UTC date already shifted to local time, written without a zone.
    static func localStamp(_ shifted: Date) -> String { String(utcStamp(shifted).dropLast()) }
}
