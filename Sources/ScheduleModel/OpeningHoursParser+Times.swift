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

/// The times of a rule: ranges ("9:00-13:00, 14:00-18:00") or fixed times ("в 14:15 и в 17:15").
enum ParsedTimes: Equatable {
    case ranges([TimeRange])
    case points([TimeOfDay])
}

extension OpeningHoursParser {
    /// One or more time ranges joined by "," / "и", "круглосуточно"/"24/7", or fixed times
    /// ("в 15:00", "14:15 и 17:15"); `nil` when none starts here.
    mutating func parseTimes() -> ParsedTimes? {
        if parseRoundTheClock() {
            let saved = position
            if !(parseFiller() && parseRoundTheClock()) { position = saved }
            return .ranges([.allDay])
        }
        guard startsTimeRange() else { return nil }
        guard let first = parseTimeItem(inPointList: false) else { return nil }
        var items = [first]
        let inPointList = if case .points = first { true } else { false }
        while consumeTimeListJoiner() {
            guard let item = parseTimeItem(inPointList: inPointList), sameKind(item, as: first) else { return nil }
            items.append(item)
        }
        var ranges: [TimeRange] = [], points: [TimeOfDay] = []
        for item in items {
            switch item {
            case let .ranges(more): ranges += more
            case let .points(more): points += more
            }
        }
        return points.isEmpty ? .ranges(ranges) : .points(points)
    }

    func startsTimeRange() -> Bool {
        guard let token = current else { return false }
        if token.kind == .number { return true }
        let prefixes = ["с", "c", "from", "в", "во", "at"]
        return token.kind == .word && prefixes.contains(token.text) && peek(1)?.kind == .number
    }

    mutating func consumeTimeListJoiner() -> Bool {
        guard let token = current, token.isSymbol(",") || token.isWord("и") || token.isWord("and") else { return false }
        position += 1
        if startsTimeRange() { return true }
        position -= 1
        return false
    }

    /// "круглосуточно", "24/7", "24x7", "24 часа", "24 часа в сутки", "round the clock".
    mutating func parseRoundTheClock() -> Bool {
        if matchPhrase(["круглосуточно"]) || matchPhrase(["round", "the", "clock"]) { return true }
        guard let first = current, first.kind == .number, first.text == "24", let mid = peek(1) else { return false }
        if mid.isWord("часа") || mid.isWord("hours") {
            position += 2
            _ = matchPhrase(["в", "сутки"]) || matchPhrase(["a", "day"])
            return true
        }
        let isSlashOrX = mid.isSymbol("/") || mid.isWord("x") || mid.isWord("х")
        if isSlashOrX, let seven = peek(2), seven.kind == .number, seven.text == "7", mid.column == first.endColumn {
            position += 3
            return true
        }
        return false
    }

    /// A range `["с"] TIME ("-" | "до" | "to") TIME [overnight marker]`, or a fixed time
    /// `["в" | "at"] TIME` (with minutes, after "в", or in a list that began with a fixed time:
    /// "в 10, 12 и 14 часов").
    mutating func parseTimeItem(inPointList: Bool) -> ParsedTimes? {
        let first = current!
        lastTimeItemStart = first
        let hasPrefix = first.kind == .word
        if hasPrefix { position += 1 }
        let isAt = hasPrefix && ["в", "во", "at"].contains(first.text)
        guard let start = parseTime(allowHyphenMinutes: .ifFollowedByConnector) else { return nil }
        guard let connector = current,
            connector.isSymbol("-") || ["до", "to", "till", "until"].contains(connector.text)
        else {
            if isAt || (!hasPrefix && (!start.isBareHour || inPointList)) { return makePoint(start, first: first) }
            let message = Self.missingEndMessage(after: source(from: first, to: start.last), found: describeCurrent())
            report(.unexpectedText, message, at: current)
            return nil
        }
        if isAt {
            report(.unexpectedText, Self.rangeAfterAtMessage(source(from: first, to: start.last)), at: connector)
            return nil
        }
        position += 1
        let hyphen: HyphenMinutes = (connector.kind == .word || start.usesHyphenMinutes) ? .always : .never
        guard let end = parseTime(allowHyphenMinutes: hyphen) else { return nil }
        if start.usesHyphenMinutes, end.usesHyphenMinutes, Self.readsAsTwoRanges(start, end) {
            let written = source(from: first, to: end.last)
            report(.ambiguous, Self.hyphenRangesMessage(written, start, end), from: first, to: end.last)
            return nil
        }
        let overnight = parseOvernightMarker()
        return makeRange(start, end, overnight: overnight, first: first).map { .ranges([$0]) }
    }

    /// "9-13 - 14-18": 09:13-14:18, or 9-13 and 14-18? Both halves read as plain hour ranges that
    /// follow each other, so the text says both.
    static func readsAsTwoRanges(_ start: ParsedTime, _ end: ParsedTime) -> Bool {
        let (h1, m1, h2, m2) = (start.minutes / 60, start.minutes % 60, end.minutes / 60, end.minutes % 60)
        return m1 <= 24 && m1 > h1 && m2 <= 24 && m2 > h2 && m1 <= h2
    }

    static func hyphenRangesMessage(_ written: String, _ start: ParsedTime, _ end: ParsedTime) -> String {
        let (h1, m1, h2, m2) = (start.minutes / 60, start.minutes % 60, end.minutes / 60, end.minutes % 60)
        return
            "ambiguous: \"\(written)\" may be \(h1):\(String(format: "%02d", m1))-\(h2):\(String(format: "%02d", m2)) "
            + "or two ranges, \(h1):00-\(m1):00 and \(h2):00-\(m2):00; write the one meant with colons, "
            + "e.g. \"\(h1):00-\(m1):00, \(h2):00-\(m2):00\""
    }

    func describeCurrent() -> String {
        current.map { "\"\($0.displayText(in: text))\"" } ?? "the end of the text"
    }
}

enum HyphenMinutes {
    case never, always, ifFollowedByConnector
}

private extension OpeningHoursParser {
    /// BG212 when a list mixes ranges and fixed times: "9:00-12:00, 14:00".
    mutating func sameKind(_ item: ParsedTimes, as first: ParsedTimes) -> Bool {
        switch (item, first) {
        case (.ranges, .ranges), (.points, .points): return true
        default:
            let message = Self.mixedListMessage(source(from: lastTimeItemStart!, to: tokens[position - 1]))
            report(.unexpectedText, message, from: lastTimeItemStart!, to: tokens[position - 1])
            return false
        }
    }

    /// A fixed time: not 24:00.
    mutating func makePoint(_ time: ParsedTime, first: ScheduleToken) -> ParsedTimes? {
        guard time.minutes < 1440 else {
            report(
                .invalidTime, Self.invalidPointMessage(source(from: first, to: time.last)), from: first, to: time.last)
            return nil
        }
        if firstPoint == nil { firstPoint = (first, time.last) }
        return .points([TimeOfDay(uncheckedMinutes: time.minutes)])
    }

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

    static func rangeAfterAtMessage(_ written: String) -> String {
        "unexpected \"-\" after \"\(written)\": \"в\"/\"at\" gives a fixed time; write a range as \"с 9:00 до 18:00\""
    }

    static func mixedListMessage(_ written: String) -> String {
        "unexpected \"\(written)\": a list of times is either ranges (9:00-13:00, 14:00-18:00) or fixed times "
            + "(в 14:15 и в 17:15), not both"
    }

    static func invalidPointMessage(_ written: String) -> String {
        "invalid time \"\(written)\": a fixed time is 00:00-23:59"
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
