extension OpeningHoursParser {
    /// Consumes the words if they follow at the cursor (abbreviation dots ignored).
    mutating func matchPhrase(_ words: [String]) -> Bool {
        for (offset, word) in words.enumerated() {
            guard let token = peek(offset), token.kind == .word, token.text == word else { return false }
        }
        position += words.count
        return true
    }

    /// "по предварительной записи", "by appointment", "unknown", "закрыто", a quoted status; with an optional quoted note.
    mutating func parseStatus() -> Bool {
        guard let token = current else { return false }
        if token.kind == .quoted { return parseQuotedStatus(token) }
        let appointment =
            matchPhrase(["по", "предварительной", "записи"]) || matchPhrase(["по", "записи"])
            || matchPhrase(["по", "договоренности"]) || matchPhrase(["by", "appointment"])
            || matchPhrase(["on", "appointment"])
        let unknown =
            !appointment
            && (matchPhrase(["уточняется"]) || matchPhrase(["unknown"])
                || matchPhrase(["не", "определено"]))
        if appointment || unknown {
            setStatus(appointment ? .byAppointment : .unknown, token: token)
            if let quoted = current, quoted.kind == .quoted {
                // An empty note ("by appointment \"\"") is no note: format() prints none, so parse keeps none.
                if !quoted.text.isEmpty { note = quoted.text }
                position += 1
            }
            return true
        }
        if matchPhrase(["закрыто"]) || matchPhrase(["closed"]) || matchPhrase(["off"])
            || matchPhrase(["не", "работает"])
        {
            sawRule = true
            return true
        }
        return false
    }

    /// "кроме выходных и праздничных дней", "кроме праздничных дней", "PH off", "except public holidays",
    /// "включая выходные и праздничные дни" (which changes nothing).
    mutating func parseHolidayClause() -> Bool {
        guard let token = current, token.kind == .word else { return false }
        if matchPhrase(["ph", "off"]) { holidayPolicy = .closed; return true }
        if token.text == "включая" || token.text == "including" {
            position += 1
            // The word is consumed either way; a missing day kind was reported, and returning false
            // here would make the caller read past the end of the text.
            _ = consumeDayKinds(first: token)
            return true
        }
        guard token.text == "кроме" || token.text == "except" else { return false }
        position += 1
        if let next = current, !OpeningHoursParser.isDayKindWord(next.text), startsDayItem() {
            return parseExcludedDays(first: token)
        }
        guard let kinds = consumeDayKinds(first: token) else { return true }
        if kinds.weekends { excludesWeekends = true }
        if kinds.holidays { holidayPolicy = .closed }
        return true
    }

    /// "в режиме" before "24x7", "часы работы:" and similar filler.
    mutating func parseFiller() -> Bool {
        guard matchPhrase(["в", "режиме"]) || matchPhrase(["часы", "работы"]) || matchPhrase(["opening", "hours"])
        else { return false }
        if current?.isSymbol(":") == true { position += 1 }
        return true
    }
}

extension OpeningHoursParser {
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
}

private extension OpeningHoursParser {
    mutating func setStatus(_ value: OpeningHours.Status, token: ScheduleToken) {
        if status != .regular, status != value {
            report(.ambiguous, Self.twoStatusesMessage, at: token)
        }
        status = value
        statusToken = token
    }

    /// A quoted status ("by appointment: note", "unknown") or, otherwise, the note of the whole value.
    mutating func parseQuotedStatus(_ token: ScheduleToken) -> Bool {
        position += 1
        let lowered = token.text.lowercased()
        for (prefix, value) in [
            ("by appointment", OpeningHours.Status.byAppointment), ("по предварительной записи", .byAppointment),
            ("по записи", .byAppointment), ("unknown", .unknown),
        ] where lowered.hasPrefix(prefix) {
            setStatus(value, token: token)
            let rest = token.text.dropFirst(prefix.count).drop { $0 == ":" || $0 == " " }
            if !rest.isEmpty { note = String(rest) }
            return true
        }
        if note != nil {
            report(.ambiguous, Self.secondNoteMessage(token.text), at: token)
        } else if !token.text.isEmpty {
            note = token.text
        }
        return true
    }

    /// Reads "выходных и праздничных дней" / "weekends and public holidays"; BG212 when neither is named.
    mutating func consumeDayKinds(first: ScheduleToken) -> (weekends: Bool, holidays: Bool)? {
        var weekends = false, holidays = false
        let fillers: Set<String> = ["и", "and", "дней", "дни", "days", "public", "нерабочих", "нерабочие"]
        while let token = current, token.kind == .word {
            if token.text.hasPrefix("выходн") || token.text.hasPrefix("weekend") {
                weekends = true
            } else if token.text.hasPrefix("праздн") || token.text.hasPrefix("holiday") {
                holidays = true
            } else if !fillers.contains(token.text) {
                break
            }
            position += 1
        }
        guard weekends || holidays else {
            let message = Self.missingDayKindsMessage(after: first.displayText(in: text), found: describeCurrent())
            report(.unexpectedText, message, at: current ?? first)
            return nil
        }
        return (weekends, holidays)
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static let twoStatusesMessage = "ambiguous: both \"by appointment\" and \"unknown\" are given"

    static func secondNoteMessage(_ note: String) -> String {
        "ambiguous: a second note \"\(note)\"; give one note"
    }

    static func missingDayKindsMessage(after keyword: String, found: String) -> String {
        "expected \"выходных и праздничных дней\" or \"public holidays\" after \"\(keyword)\", found \(found)"
    }
}
