extension OpeningHoursParser {
    /// `H`, `H:MM`, `H.MM`, or `H-MM` (when allowed); reports BG202 for 25:00, 14:60 and the like.
    mutating func parseTime(allowHyphenMinutes: HyphenMinutes) -> ParsedTime? {
        guard let hourToken = current, hourToken.kind == .number else {
            report(.unexpectedText, Self.expectedTimeMessage(found: describeCurrent()), at: current)
            return nil
        }
        position += 1
        var parsed = ParsedTime(
            minutes: 0, isBareHour: true, usesHyphenMinutes: false, first: hourToken, last: hourToken)
        var minuteText = parseMinutes(after: hourToken, allowHyphenMinutes, into: &parsed)
        if consumeHourUnit(), minuteText == nil, let minute = parseUnitMinutes() {
            minuteText = minute.text.count == 1 ? "0" + minute.text : minute.text
            parsed.last = tokens[position - 1]
        } else if tokens[position - 1].column > parsed.last.column {
            parsed.last = tokens[position - 1]
        }
        parsed.isBareHour = minuteText == nil
        guard validate(&parsed, hourText: hourToken.text, minuteText: minuteText) != nil,
            let result = applyMeridiem(to: parsed)
        else { return nil }
        parseZoneSuffix()
        return result
    }

    /// ":MM", ".MM" right after the hour, or "-MM" when allowed; the minute digits, or `nil`.
    mutating func parseMinutes(
        after hourToken: ScheduleToken, _ allowHyphenMinutes: HyphenMinutes, into parsed: inout ParsedTime
    ) -> String? {
        if let sep = current, sep.isSymbol(":") || sep.isSymbol("."), sep.column == hourToken.endColumn,
            let minute = peek(1), minute.kind == .number, minute.column == sep.endColumn
        {
            parsed.last = minute
            position += 2
            return minute.text
        }
        if acceptsHyphenMinutes(after: hourToken, allowHyphenMinutes), let minute = peek(1) {
            parsed.last = minute
            parsed.usesHyphenMinutes = true
            position += 2
            return minute.text
        }
        return nil
    }

    /// "ч.", "час.", "часа", "часов" after a time: "с 9 до 17 часов", "9-18 ч.", "с 08:00 час.".
    mutating func consumeHourUnit() -> Bool {
        guard let token = current, token.kind == .word, OpeningHoursParser.hourUnits.contains(token.text) else {
            return false
        }
        position += 1
        return true
    }

    /// "30 мин." after "8 ч.": the minutes of "с 8 ч. 30 мин. до 17 ч."; `nil` (nothing consumed) otherwise.
    mutating func parseUnitMinutes() -> ScheduleToken? {
        guard let number = current, number.kind == .number, let unit = peek(1), unit.kind == .word,
            OpeningHoursParser.minuteUnits.contains(unit.text)
        else { return nil }
        position += 2
        return number
    }

    static let hourUnits: Set<String> = ["ч", "час", "часа", "часов"]
    static let minuteUnits: Set<String> = ["мин", "минут"]

    /// "9am", "6:30 pm": converts a 12-hour time; BG202 for "13pm" or "0am".
    mutating func applyMeridiem(to time: ParsedTime) -> ParsedTime? {
        guard let word = current, word.kind == .word, word.text == "am" || word.text == "pm" else { return time }
        position += 1
        var result = time
        result.last = word
        let hour = time.minutes / 60
        guard (1...12).contains(hour) else {
            let written = source(from: time.first, to: word)
            report(.invalidTime, Self.invalid12HourMessage(written), from: time.first, to: word)
            return nil
        }
        result.minutes = (hour % 12 + (word.text == "pm" ? 12 : 0)) * 60 + time.minutes % 60
        result.isBareHour = false
        return result
    }

    /// "(next day)", "(следующего дня)", "(след. дня)", "next day", "следующего дня".
    mutating func parseOvernightMarker() -> Bool {
        let saved = position
        let parenthesised = current?.isSymbol("(") == true
        if parenthesised { position += 1 }
        var words: [String] = []
        while let token = current, token.kind == .word { words.append(token.text); position += 1 }
        let isMarker =
            words.contains { ["next", "следующего", "след", "следующий", "следующие"].contains($0) }
            && words.contains { ["day", "дня", "день", "сутки", "суток"].contains($0) }
        if isMarker, !parenthesised || current?.isSymbol(")") == true {
            if parenthesised { position += 1 }
            return true
        }
        position = saved
        return false
    }
}

private extension OpeningHoursParser {
    func acceptsHyphenMinutes(after hour: ScheduleToken, _ mode: HyphenMinutes) -> Bool {
        guard mode != .never, let dash = current, dash.isSymbol("-"), dash.column == hour.endColumn,
            let minute = peek(1), minute.kind == .number, minute.text.count == 2, minute.column == dash.endColumn
        else { return false }
        if mode == .always { return true }
        // "с 7-00 ч. до 17-30": an hour unit may stand between the time and what ends it.
        let unit = peek(2).map { $0.kind == .word && OpeningHoursParser.hourUnits.contains($0.text) } == true
        guard let after = peek(unit ? 3 : 2) else { return false }
        // "9-18 — без перерыва": after the dash comes no time, so 9-18 is a range, not 9:18.
        if after.isSymbol("-") { return peek(unit ? 4 : 3)?.kind == .number }
        return ["до", "to", "till", "until"].contains(after.text)
    }

    mutating func validate(_ parsed: inout ParsedTime, hourText: String, minuteText: String?) -> ParsedTime? {
        let written = source(from: parsed.first, to: parsed.last)
        let hour = hourText.count <= 2 ? Int(hourText) : nil
        let minute = minuteText.flatMap { $0.count == 2 ? Int($0) : nil } ?? (minuteText == nil ? 0 : nil)
        guard let hour, let minute, hour <= 24, minute <= 59, hour < 24 || minute == 0 else {
            report(.invalidTime, Self.invalidTimeMessage(written), from: parsed.first, to: parsed.last)
            return nil
        }
        parsed.minutes = hour * 60 + minute
        return parsed
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func expectedTimeMessage(found: String) -> String {
        "expected a time such as 14:00, found \(found)"
    }

    static func invalid12HourMessage(_ written: String) -> String {
        "invalid 12-hour time \"\(written)\": expected 1-12 before am/pm"
    }

    static func invalidTimeMessage(_ written: String) -> String {
        "invalid time \"\(written)\": expected HH:MM with hours 0-24 and minutes 00-59 (24:00 only as an end)"
    }
}
