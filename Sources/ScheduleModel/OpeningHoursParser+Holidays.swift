extension OpeningHoursParser {
    /// "кроме выходных и праздничных дней", "кроме праздничных дней", "PH off", "except public holidays",
    /// "включая выходные и праздничные дни" (which changes nothing).
    mutating func parseHolidayClause() -> Bool {
        guard let token = current, token.kind == .word else { return false }
        if matchPhrase(["ph", "off"]) { holidayPolicy = .closed; return true }
        if token.text == "включая" || token.text == "including" {
            position += 1
            // The word is consumed either way; a missing day kind was reported, and returning false
            // here would make the caller read past the end of the text.
            // "по рабочим дням 9-18, включая праздничные дни" says both: closed and open on holidays.
            if consumeDayKinds(first: token)?.holidays == true, holidayPolicy == .closed {
                report(.ambiguous, Self.includingClosedHolidaysMessage, at: token)
            }
            return true
        }
        guard ["кроме", "except", "excluding"].contains(token.text) else { return false }
        position += 1
        if let next = current, !OpeningHoursParser.isDayKindWord(next.text), startsDayItem() {
            return parseExcludedDays(first: token)
        }
        guard let kinds = consumeDayKinds(first: token) else { return true }
        if kinds.holidays { holidayPolicy = .closed }
        // "кроме выходных дней: суббота, воскресенье и праздничные дни" names the days off itself.
        if kinds.weekends, let named = parseNamedDaysOff(first: token) {
            excludedDays.formUnion(named)
        } else if kinds.weekends {
            excludesWeekends = true
        }
        return true
    }

    /// The days after "кроме выходных дней:" (and the holidays after them); nil when no days follow.
    mutating func parseNamedDaysOff(first: ScheduleToken) -> [Weekday]? {
        let saved = position
        guard current?.isSymbol(":") == true || current?.isSymbol("-") == true else { return nil }
        position += 1
        guard startsDays(), let days = parseDays() else {
            position = saved
            return nil
        }
        if parseHolidaysInList(first: first) { holidayPolicy = .closed }
        return days.days
    }

    /// "праздничные дни — выходной", "в праздники: закрыто", "PH: off": public holidays are days off.
    mutating func parseClosedHolidays() -> Bool {
        var probe = self
        if let token = probe.current, ["в", "во", "по", "on"].contains(token.text) { probe.position += 1 }
        guard let word = probe.current, word.kind == .word, Self.isHolidayWord(word.text) else { return false }
        guard let kinds = probe.consumeDayKinds(first: word), probe.diagnostics.count == diagnostics.count else {
            return false
        }
        if probe.current?.isSymbol("-") == true || probe.current?.isSymbol(":") == true { probe.position += 1 }
        guard probe.parseClosedKeyword() || probe.matchPhrase(["не", "работает"]) || probe.matchPhrase(["закрыто"])
        else { return false }
        self = probe
        holidayPolicy = .closed
        if kinds.weekends { closeDays([.saturday, .sunday], from: word) }
        return true
    }

    /// ", праздничные дни", "и праздники", ", а также праздничные дни, установленные законодательством РФ"
    /// after a list of closed days; false (nothing consumed) when no holidays follow.
    mutating func parseHolidaysInList(first: ScheduleToken) -> Bool {
        let saved = position
        guard let joiner = current, joiner.isSymbol(",") || joiner.isWord("и") else { return false }
        position += 1
        _ = matchPhrase(["а", "также"])
        guard let next = current, next.kind == .word, Self.isHolidayWord(next.text) else {
            position = saved
            return false
        }
        _ = consumeDayKinds(first: first)
        return true
    }

    /// "праздничные", "праздников", "общегосударственные праздники", "нерабочие праздничные дни".
    static func isHolidayWord(_ word: String) -> Bool {
        ["праздн", "holiday", "public", "общегосударствен", "государствен", "официальн", "нерабоч"].contains {
            word.hasPrefix($0)
        }
    }

    /// "выходных", "праздничных", "weekends", "holidays", "public", "нерабочих".
    static func isDayKindWord(_ word: String) -> Bool {
        ["выходн", "праздн", "weekend", "holiday", "public", "нерабоч"].contains { word.hasPrefix($0) }
    }

    /// "кроме воскресенья", "except Sunday", optionally followed by "и праздничных дней".
    mutating func parseExcludedDays(first: ScheduleToken) -> Bool {
        guard let days = parseDays() else { return true }
        excludedDays.formUnion(days.days)
        if current?.isWord("и") == true || current?.isWord("and") == true,
            let next = peek(1), OpeningHoursParser.isDayKindWord(next.text)
        {
            position += 1
            guard let kinds = consumeDayKinds(first: first) else { return true }
            if kinds.weekends { excludesWeekends = true }
            if kinds.holidays { holidayPolicy = .closed }
        }
        return true
    }

    /// Reads "выходных и праздничных дней" / "weekends and public holidays"; BG212 when neither is named.
    mutating func consumeDayKinds(first: ScheduleToken) -> (weekends: Bool, holidays: Bool)? {
        var weekends = false, holidays = false
        let fillers: Set<String> = ["и", "and", "дней", "дни", "days", "public"]
        while let token = current, token.kind == .word {
            if token.text.hasPrefix("выходн") || token.text.hasPrefix("weekend") {
                weekends = true
            } else if token.text.hasPrefix("праздн") || token.text.hasPrefix("holiday") {
                holidays = true
            } else if !(fillers.contains(token.text) || Self.isHolidayWord(token.text)) {
                break
            }
            position += 1
        }
        if holidays { consumeStatutoryPhrase() }
        guard weekends || holidays else {
            let message = Self.missingDayKindsMessage(after: first.displayText(in: text), found: describeCurrent())
            report(.unexpectedText, message, at: current ?? first)
            return nil
        }
        return (weekends, holidays)
    }
}

private extension OpeningHoursParser {
    /// ", установленные законодательством Российской Федерации" after public holidays: it only says
    /// which holidays are meant, the ones the production calendar already has.
    mutating func consumeStatutoryPhrase() {
        var probe = self
        if probe.current?.isSymbol(",") == true { probe.position += 1 }
        guard let word = probe.current, word.text.hasPrefix("установлен"), let law = probe.peek(1),
            law.text.hasPrefix("законодательств") || law.text.hasPrefix("закон")
        else { return }
        probe.position += 2
        _ = probe.matchPhrase(["российской", "федерации"]) || probe.matchPhrase(["рф"])
        position = probe.position
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static let includingClosedHolidaysMessage =
        "ambiguous: public holidays are both excluded (\"по рабочим дням\", \"кроме праздничных дней\") and "
        + "included; say one: \"пн-пт 9-18, кроме праздничных дней\" or \"пн-пт 9-18, включая праздничные дни\""

    static func missingDayKindsMessage(after keyword: String, found: String) -> String {
        "expected \"выходных и праздничных дней\" or \"public holidays\" after \"\(keyword)\", found \(found)"
    }
}
