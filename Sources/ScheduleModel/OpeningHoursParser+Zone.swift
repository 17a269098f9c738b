extension OpeningHoursParser {
    /// A time-zone note after the times: "по московскому времени", "(время московское)", "МСК", "(МСК+2)",
    /// "по времени МСК-1", "Moscow time", "UTC+5". Sets `zone`; BG205 when two notes disagree.
    mutating func parseZoneClause() -> Bool {
        guard let first = current else { return false }
        let parenthesised = first.isSymbol("(")
        if parenthesised { position += 1 }
        let errorsBefore = diagnostics.count
        guard let start = current, let value = parseZoneWords() else {
            // An offset out of range was reported: the note is read, with its mistake.
            if diagnostics.count > errorsBefore { return true }
            position -= parenthesised ? 1 : 0
            return false
        }
        if parenthesised, !closeParenthesis() { return true }
        setZone(value, at: start)
        if current?.isSymbol(":") == true { position += 1 }  // "По московскому времени: пн-пт 9-18"
        return true
    }

    /// "UTC+3", "МСК", "MSK+2" right after a time: "с 08:00 UTC+3 до 22:00 UTC+3".
    mutating func parseZoneSuffix() {
        guard let token = current, ["мск", "msk", "utc", "gmt"].contains(token.text) else { return }
        guard let value = parseZoneWords() else { return }
        setZone(value, at: token)
    }
}

private extension OpeningHoursParser {
    /// The words of a zone note; `nil` (nothing consumed) when none starts here, or after a BG212
    /// for an offset out of range.
    mutating func parseZoneWords() -> NotationZone? {
        if matchAnyPhrase(Self.moscowPhrases) { return .moscow }
        let saved = position
        _ = matchPhrase(["по", "времени"]) || matchPhrase(["по"]) || matchPhrase(["время"])
        guard let token = current, token.kind == .word else {
            position = saved
            return nil
        }
        let base: Int
        switch token.text {
        case "мск", "msk": base = 3
        case "utc", "gmt": base = 0
        default:
            position = saved
            return nil
        }
        position += 1
        return parseOffset(base: base, from: token)
    }

    /// An optional "+2" / "-1" after МСК or UTC.
    mutating func parseOffset(base: Int, from token: ScheduleToken) -> NotationZone? {
        guard let sign = current, sign.isSymbol("+") || sign.isSymbol("-"), let number = peek(1),
            number.kind == .number
        else { return NotationZone(utcOffsetHours: base) }
        // "9:00 МСК – 18:00 МСК": a dash apart from the zone word before a time is the range's dash.
        if sign.column > token.endColumn, let after = peek(2), after.kind == .symbol || after.kind == .number,
            !after.isSymbol(")"), !after.isSymbol(";"), !after.isSymbol(",")
        {
            return NotationZone(utcOffsetHours: base)
        }
        position += 2
        let hours = (Int(number.text) ?? 99) * (sign.isSymbol("-") ? -1 : 1)
        guard number.text.count <= 2, let zone = NotationZone(utcOffsetHours: base + hours) else {
            report(
                .unexpectedText, Self.zoneOutOfRangeMessage(source(from: token, to: number)), from: token, to: number)
            return nil
        }
        return zone
    }

    mutating func setZone(_ value: NotationZone, at token: ScheduleToken) {
        if let zone, zone != value {
            report(.ambiguous, Self.twoZonesMessage(zone, value), at: token)
            return
        }
        zone = value
        if zoneToken == nil { zoneToken = token }
    }

    static let moscowPhrases: [[String]] = [
        ["по", "московскому", "времени"], ["время", "московское"], ["московское", "время"],
        ["по", "времени", "москвы"], ["московского", "времени"], ["moscow", "time"],
    ]
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func zoneOutOfRangeMessage(_ written: String) -> String {
        "unexpected time zone \"\(written)\": expected МСК-1 … МСК+9 or UTC-12 … UTC+14"
    }

    static func twoZonesMessage(_ first: NotationZone, _ second: NotationZone) -> String {
        "ambiguous: two different time zones, \(first) and \(second); give one"
    }
}
