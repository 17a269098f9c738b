import Foundation

/// Reads and writes ISO 8601 date-times at minute or second precision, as the CLI takes them.
public enum ISODateTime {
    /// Parses "2026-11-23T15:00", "2026-11-23 15:00:30", "2026-11-23T12:00Z", "2026-11-23T15:00+03:00".
    /// Without an offset the time is local wall-clock time in `timeZone`. `nil` when malformed or invalid.
    public static func parse(_ text: String, in timeZone: TimeZone) -> Date? {
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        guard characters.count >= 16, characters[10] == "T" || characters[10] == " ",
            let date = LocalDate(iso: String(characters[0..<10]))
        else { return nil }
        let rest = String(characters[11...])
        let (clock, zone) = splitZone(rest)
        guard let seconds = parseClock(clock) else { return nil }
        var calendar = SchoolCalendar(timeZone: timeZone, holidays: .weekendsOnly)
        if let zone {
            guard let offset = parseOffset(zone), let fixed = TimeZone(secondsFromGMT: offset) else { return nil }
            calendar.timeZone = fixed
        }
        return calendar.instant(on: date, minutes: seconds / 60).addingTimeInterval(TimeInterval(seconds % 60))
    }

    /// "2026-11-23T18:00+03:00" in the given zone (seconds shown only when not zero).
    public static func format(_ instant: Date, in timeZone: TimeZone) -> String {
        let calendar = SchoolCalendar(timeZone: timeZone, holidays: .weekendsOnly)
        let (date, minutes) = calendar.localDateTime(of: instant)
        let seconds = calendar.gregorian.component(.second, from: instant)
        let clock = TimeOfDay(uncheckedMinutes: minutes).formatted + (seconds == 0 ? "" : ":" + pad2(seconds))
        let offset = timeZone.secondsFromGMT(for: instant)
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : "\(sign)\(pad2(abs(offset) / 3600)):\(pad2(abs(offset) % 3600 / 60))"
        return "\(date.iso)T\(clock)\(zone)"
    }
}

private extension ISODateTime {
    static func splitZone(_ text: String) -> (String, String?) {
        if text.hasSuffix("Z") { return (String(text.dropLast()), "Z") }
        if let index = text.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            return (String(text[..<index]), String(text[index...]))
        }
        return (text, nil)
    }

    /// "15:00" or "15:00:30" → seconds since midnight.
    static func parseClock(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, second < 60 else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    /// "Z", "+03:00", "+0300", "-05" → seconds east of UTC.
    static func parseOffset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(\.isNumber),
            let hours = Int(digits.prefix(2)),
            let minutes = Int(digits.dropFirst(2).isEmpty ? "0" : String(digits.dropFirst(2))),
            hours <= 14, minutes < 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
