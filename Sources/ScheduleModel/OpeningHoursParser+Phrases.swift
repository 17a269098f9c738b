extension OpeningHoursParser {
    /// Consumes the words (or numbers) if they follow at the cursor (abbreviation dots ignored).
    mutating func matchPhrase(_ words: [String]) -> Bool {
        for (offset, word) in words.enumerated() {
            guard let token = peek(offset), token.kind == .word || token.kind == .number, token.text == word
            else { return false }
        }
        position += words.count
        return true
    }

    /// Consumes the first of `phrases` that follows at the cursor.
    mutating func matchAnyPhrase(_ phrases: [[String]]) -> Bool {
        for phrase in phrases where matchPhrase(phrase) { return true }
        return false
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
            && (matchPhrase(["уточняется"]) || matchPhrase(["unknown"]) || matchPhrase(["время", "уточняется"])
                || matchPhrase(["часы", "уточняются"]) || matchPhrase(["не", "определено"]))
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

    /// Filler: "в режиме" before "24x7"; labels "часы работы:", "режим работы школы:", "график приёма:";
    /// "без перерыва на обед", "(без обеда)", "без праздников"; "время местное", "по местному времени".
    mutating func parseFiller() -> Bool {
        let saved = position
        let parenthesised = current?.isSymbol("(") == true
        // "с 9:00 до 19:00 — без перерыва": a dash before the remark.
        if parenthesised || current?.isSymbol("-") == true { position += 1 }
        guard
            matchPhrase(["в", "режиме"]) || parseLabel() || matchAnyPhrase(OpeningHoursParser.localTimePhrases)
                || parseWithoutClause().map({ !$0.weekends }) == true
        else {
            position = saved
            return false
        }
        if parenthesised { _ = closeParenthesis() }
        return true
    }

    /// "по местному времени", "(local time)": says the times are the school's own, which changes nothing.
    mutating func parseLocalTimeNote() -> Bool {
        let saved = position
        let parenthesised = current?.isSymbol("(") == true
        if parenthesised { position += 1 }
        guard matchAnyPhrase(OpeningHoursParser.localTimePhrases) else {
            position = saved
            return false
        }
        if parenthesised { _ = closeParenthesis() }
        return true
    }

    /// "выходной: суббота, воскресенье", "выходные дни — сб, вс", "нерабочие дни: сб, вс и праздничные дни":
    /// closes the days named after it (and public holidays when they are named too).
    mutating func parseClosedLabel() -> Bool {
        guard let token = current, ["выходной", "выходные", "нерабочие", "нерабочий"].contains(token.text),
            token.kind == .word
        else { return false }
        let saved = position
        position += 1
        if let next = current, next.isWord("день") || next.isWord("дни") { position += 1 }
        guard current?.isSymbol(":") == true || current?.isSymbol("-") == true else {
            position = saved
            return false
        }
        position += 1
        guard startsDays() else {
            position = saved
            return false
        }
        // A mistake in the days is reported there; the label itself was read.
        guard let days = parseDays() else { return true }
        closeDays(days.days, from: token)
        if parseHolidaysInList(first: token) { holidayPolicy = .closed }
        return true
    }
}

private extension OpeningHoursParser {
    /// "часы работы", "режим работы", "график работы", "время работы", "часы приёма", "график приёма",
    /// "opening hours", optionally with a few more words before a ":" ("режим работы школы:").
    mutating func parseLabel() -> Bool {
        guard matchAnyPhrase(OpeningHoursParser.labelPhrases) else { return false }
        var lookahead = 0
        while lookahead < 4, let token = peek(lookahead), token.kind == .word,
            !OpeningHoursParser.keywords.contains(token.text), OpeningHoursParser.lookupDay(token.text) == .unknown
        {
            lookahead += 1
        }
        if peek(lookahead)?.isSymbol(":") == true {
            position += lookahead + 1
        }
        return true
    }
}

extension OpeningHoursParser {
    static let labelPhrases: [[String]] = [
        ["часы", "работы"], ["режим", "работы"], ["график", "работы"], ["время", "работы"], ["часы", "приема"],
        ["график", "приема"], ["время", "приема"], ["opening", "hours"], ["working", "hours"],
    ]
    static let localTimePhrases: [[String]] = [
        ["по", "местному", "времени"], ["время", "местное"], ["местное", "время"], ["local", "time"],
    ]
}

extension OpeningHoursParser {
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
        ] where lowered.hasPrefix(prefix) && !sawRule {
            // After hours, «по предварительной записи» is their note, not a status beside them.
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
}

private extension OpeningHoursParser {
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static let twoStatusesMessage = "ambiguous: both \"by appointment\" and \"unknown\" are given"

    static func secondNoteMessage(_ note: String) -> String {
        "ambiguous: a second note \"\(note)\"; give one note"
    }
}
