extension OpeningHoursParser {
    /// Whether times ("9:00", "с 9", "в 15:00", "круглосуточно", "24/7") start at the cursor.
    func startsTimes() -> Bool {
        var probe = self
        return startsTimeRange() || probe.parseRoundTheClock()
    }

    /// Skips ":", "-", "," or "и" between days and what follows them when times, a closed word or
    /// "уточняется" come next: "пн: 9-18", "в пятницу — с 9:00 до 16:45", "ежедневно, круглосуточно".
    mutating func skipDaysTimesJoiner() {
        guard let token = current,
            token.isSymbol(":") || token.isSymbol("-") || token.isSymbol(",") || token.isWord("и")
        else { return }
        if token.isSymbol(":") { position += 1; return }
        position += 1
        var probe = self
        if startsTimes() || probe.parseUnknownTimesPhrase() { return }
        if token.isSymbol("-"), let next = current, OpeningHoursParser.closedWords.contains(next.text) { return }
        position -= 1
    }

    /// "уточняется", "время уточняется", "часы уточняются", "unknown", "hours unknown" after days.
    mutating func parseUnknownTimesPhrase() -> Bool {
        matchPhrase(["уточняется"]) || matchPhrase(["время", "уточняется"]) || matchPhrase(["часы", "уточняются"])
            || matchPhrase(["unknown"]) || matchPhrase(["hours", "unknown"])
    }

    /// Days after times, also after "," or "и" when the rule ends there: "14:00–15:00 по средам",
    /// "с 8.00 до 16.00 ежедневно", "круглосуточно, без выходных и праздников", "круглосуточно и ежедневно".
    /// Not when times follow the days ("9:00-18:00, сб 10:00-14:00" is two rules).
    mutating func parseTrailingDays() -> DaySelection? {
        let saved = position
        guard let token = current else { return nil }
        let joined = token.isSymbol(",") || token.isWord("и") || token.isWord("and")
        if joined {
            position += 1
            guard startsDays() else { position = saved; return nil }
        }
        let errorsBefore = diagnostics.count
        guard let days = parseDays() else { return nil }
        // "с 9 до 18, вс - выходной": the days after the comma are closed, a rule of their own.
        var probe = self
        probe.skipDaysTimesJoiner()
        if joined, diagnostics.count == errorsBefore, startsTimes() || probe.parseClosedKeyword() {
            position = saved
            return nil
        }
        return days
    }

    /// ", без выходных", "(без выходных и праздников)", "(ежедневно)" after a rule that already has exactly
    /// those days: it only confirms them ("ежедневно с 8 до 20, без выходных").
    mutating func consumeConfirmingDays(_ days: [Weekday]) {
        guard let token = current, token.isSymbol(",") || token.isSymbol("(") || token.isWord("без") else { return }
        var probe = self
        if !token.isWord("без") { probe.position += 1 }  // "ежедневно с 9 до 18 без выходных"
        guard let phrase = probe.parseDayPhrase(), phrase != .workingDays, Set(phrase.days) == Set(days) else { return }
        if token.isSymbol("(") {
            guard probe.current?.isSymbol(")") == true else { return }
            probe.position += 1
        }
        guard probe.endsRule() || probe.current?.isSymbol("(") == true else { return }
        position = probe.position
    }

    /// Whether a day name or a day phrase starts at the cursor.
    func startsDays() -> Bool {
        var probe = self
        return startsDayItem() || probe.parseDayPhrase() != nil
    }

    /// Days with nothing after them: "по рабочим дням" / "по будням" alone name days whose times are
    /// not known; any other days need times (BG204).
    mutating func daysWithoutTimes(_ days: DaySelection, from first: ScheduleToken, to last: ScheduleToken) -> Bool {
        if let phrase = days.phrase, phrase == .weekdays || phrase == .workingDays, endsRule() {
            return setUnknownDays(days.days, from: first)
        }
        if !endsRule(), let found = current {
            // The days are followed by words the notation does not know ("методический день",
            // "в кабинете № 30", "| 9:00"): that is the mistake, not missing times.
            let joined = found.isSymbol("-") || found.isSymbol(":")
            let culprit = joined ? (peek(1) ?? found) : found
            let message = Self.unexpectedAfterDaysMessage(
                culprit.displayText(in: text), days: source(from: first, to: last))
            report(.unexpectedText, message, at: culprit)
            return true
        }
        report(.emptyNotation, Self.daysWithoutTimesMessage(source(from: first, to: last)), from: first, to: last)
        return true
    }

    /// Records days whose times are not known ("по рабочим дням", "Mo-Fr unknown").
    mutating func setUnknownDays(_ days: [Weekday], from first: ScheduleToken) -> Bool {
        let last = tokens[position - 1]
        guard claim(days, from: first, to: last) else { return true }
        unknownDays += days
        if unknownDaysToken == nil { unknownDaysToken = first }
        return true
    }

    /// Whether the rule ends at the cursor: the end, a separator, a note or a holiday clause.
    func endsRule() -> Bool {
        guard let token = current else { return true }
        if isSeparator(token) || token.kind == .quoted { return true }
        return ["кроме", "except", "excluding", "включая", "including", "ph"].contains(token.text)
    }

    /// BG212 for a time right after the times of a rule: "пн 9:00 10:00" (a missing end),
    /// "пн 9:00-10:00 11:00-12:00" (a missing ",").
    mutating func reportMissingJoiner(after last: ScheduleToken, in times: ParsedTimes) -> Bool {
        let written = source(from: lastTimeItemStart ?? last, to: last)
        let message =
            if case .ranges = times {
                Self.missingCommaMessage(after: written, found: describeCurrent())
            } else {
                Self.missingJoinerMessage(after: written, found: describeCurrent())
            }
        report(.unexpectedText, message, at: current)
        return true
    }
}

/// The messages raised in this file.
extension OpeningHoursParser {
    static func missingJoinerMessage(after written: String, found: String) -> String {
        "expected \"-\" or \"до\" and an end time after \(written), found \(found)"
    }

    static func missingCommaMessage(after written: String, found: String) -> String {
        "expected \",\" or \"и\" between \(written) and the next time range, found \(found)"
    }

    static func unexpectedAfterDaysMessage(_ found: String, days: String) -> String {
        "unexpected \"\(found)\" after the days \"\(days)\": expected their times (9:00-18:00) or \"выходной\"; "
            + "a remark goes in quotes, e.g. «по записи в кабинете 12»"
    }

    static func daysWithoutTimesMessage(_ days: String) -> String {
        "empty range: the days \"\(days)\" have no times; expected a time range such as 9:00-18:00"
    }
}
