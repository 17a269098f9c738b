/// A time of day as written, with where it was.
struct ParsedTime {
    var minutes: Int
    /// Written as a bare hour ("9"), without minutes.
    var isBareHour: Bool
    /// Written with a hyphen between hours and minutes ("9-00").
    var usesHyphenMinutes: Bool
    var first: ScheduleToken
    var last: ScheduleToken
}

extension OpeningHoursParser {
    /// One or more time ranges joined by "," / "и", or "круглосуточно"/"24/7"; `nil` when none starts here.
    mutating func parseTimes() -> [TimeRange]? {
        if parseRoundTheClock() {
            let saved = position
            if !(parseFiller() && parseRoundTheClock()) { position = saved }
            return [.allDay]
        }
        guard startsTimeRange() else { return nil }
        var ranges: [TimeRange] = []
        repeat {
            guard let range = parseTimeRange() else { return nil }
            ranges.append(range)
        } while consumeTimeListJoiner()
        return ranges
    }

    func startsTimeRange() -> Bool {
        guard let token = current else { return false }
        if token.kind == .number { return true }
        return ["с", "c", "from"].contains(token.text) && token.kind == .word && peek(1)?.kind == .number
    }

    mutating func consumeTimeListJoiner() -> Bool {
        guard let token = current, token.isSymbol(",") || token.isWord("и") || token.isWord("and") else { return false }
        position += 1
        if startsTimeRange() { return true }
        position -= 1
        return false
    }

    /// "круглосуточно", "24/7", "24x7", "24 часа", "round the clock".
    mutating func parseRoundTheClock() -> Bool {
        if matchPhrase(["круглосуточно"]) || matchPhrase(["round", "the", "clock"]) { return true }
        guard let first = current, first.kind == .number, first.text == "24", let mid = peek(1) else { return false }
        if mid.isWord("часа") || mid.isWord("hours") { position += 2; return true }
        let isSlashOrX = mid.isSymbol("/") || mid.isWord("x") || mid.isWord("х")
        if isSlashOrX, let seven = peek(2), seven.kind == .number, seven.text == "7", mid.column == first.endColumn {
            position += 3
            return true
        }
        return false
    }

    /// `["с"] TIME ("-" | "до" | "to") TIME [overnight marker]`.
    mutating func parseTimeRange() -> TimeRange? {
        let first = current!
        let hasFrom = first.kind == .word
        if hasFrom { position += 1 }
        guard let start = parseTime(allowHyphenMinutes: .ifFollowedByConnector) else { return nil }
        guard let connector = current,
            connector.isSymbol("-") || ["до", "to", "till", "until"].contains(connector.text)
        else {
            let message = Self.missingEndMessage(after: source(from: first, to: start.last), found: describeCurrent())
            report(.unexpectedText, message, at: current)
            return nil
        }
        position += 1
        let hyphen: HyphenMinutes = (connector.kind == .word || start.usesHyphenMinutes) ? .always : .never
        guard let end = parseTime(allowHyphenMinutes: hyphen) else { return nil }
        let overnight = parseOvernightMarker()
        return makeRange(start, end, overnight: overnight, first: first)
    }

    func describeCurrent() -> String {
        current.map { "\"\($0.displayText(in: text))\"" } ?? "the end of the text"
    }
}

enum HyphenMinutes {
    case never, always, ifFollowedByConnector
}

private extension OpeningHoursParser {
    mutating func makeRange(_ start: ParsedTime, _ end: ParsedTime, overnight: Bool, first: ScheduleToken) -> TimeRange?
    {
        let last = tokens[position - 1]
        let written = source(from: first, to: last)
        let endMinutes = end.minutes == 0 && start.minutes > 0 ? 1440 : end.minutes
        if endMinutes == start.minutes {
            report(.emptyNotation, Self.emptyRangeMessage(written), from: first, to: last)
            return nil
        }
        if endMinutes < start.minutes, !overnight {
            reportEndBeforeStart(start, end, written: written, first: first, last: last)
            return nil
        }
        if endMinutes > start.minutes, overnight {
            report(.ambiguous, Self.needlessOvernightMessage(written), from: first, to: last)
            return nil
        }
        return TimeRange(
            start: TimeOfDay(uncheckedMinutes: start.minutes), end: TimeOfDay(uncheckedMinutes: endMinutes))
    }

    mutating func reportEndBeforeStart(
        _ start: ParsedTime, _ end: ParsedTime, written: String,
        first: ScheduleToken, last: ScheduleToken
    ) {
        let hour = end.minutes / 60
        if end.isBareHour, start.isBareHour, hour >= 1, hour <= 12, hour + 12 > start.minutes / 60 {
            report(.ambiguous, Self.ambiguousEndMessage(written, endHour: hour), from: first, to: last)
        } else {
            let s = TimeOfDay(uncheckedMinutes: start.minutes), e = TimeOfDay(uncheckedMinutes: end.minutes)
            report(.endBeforeStart, Self.endBeforeStartMessage(written, start: s, end: e), from: first, to: last)
        }
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func missingEndMessage(after written: String, found: String) -> String {
        "expected \"-\" or \"до\" and an end time after \(written), found \(found)"
    }

    static func emptyRangeMessage(_ written: String) -> String {
        "empty range \"\(written)\": the start and the end are the same"
    }

    static func needlessOvernightMessage(_ written: String) -> String {
        "ambiguous: \"\(written)\" is marked as ending the next day, but the end is after the start"
    }

    static func ambiguousEndMessage(_ written: String, endHour hour: Int) -> String {
        "ambiguous range \"\(written)\": the end \(hour) is before the start; write \(hour + 12):00 "
            + "if you mean the evening, or \"(next day)\" / \"(следующего дня)\" after the end for an overnight range"
    }

    static func endBeforeStartMessage(_ written: String, start: TimeOfDay, end: TimeOfDay) -> String {
        "the end \(end) is before the start \(start) in \"\(written)\"; if the range runs past midnight, "
            + "write \"\(start)-\(end) (next day)\""
    }
}
