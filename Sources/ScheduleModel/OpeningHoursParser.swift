/// The recursive-descent reader behind `OpeningHours.parse(_:)`, `FixedTimes.parse(_:)` and
/// `ScheduleNotation.parse(_:)`.
///
/// Grammar (informally): rules separated by ";", new lines or ", " before a day; a rule is
/// `[days] [times]`, `times [days]`, `days off`, `days` + "уточняется", a status ("по записи",
/// "unknown"), a holiday clause ("кроме выходных и праздничных дней", "PH off"), a break
/// ("перерыв 13:00-14:00"), a time-zone note ("по московскому времени") or a label ("режим работы:").
/// Times are ranges ("9:00-18:00") or fixed times ("в 14:15 и в 17:15"), never both.
struct OpeningHoursParser {
    let text: String
    var tokens: [ScheduleToken] = []
    var position = 0
    var diagnostics: [ScheduleDiagnostic] = []
    var week: [Weekday: [TimeRange]] = [:]
    /// Fixed times per day ("по вторникам в 15:00").
    var events: [Weekday: [TimeOfDay]] = [:]
    /// Where each day got its times: the span of the rule, for BG205/BG206 columns.
    var origin: [Weekday: (column: Int, length: Int)] = [:]
    var holidayPolicy = OpeningHours.HolidayPolicy.unspecified
    var excludesWeekends = false
    /// Days named after "кроме"/"except": dropped from every rule.
    var excludedDays: Set<Weekday> = []
    /// The first rule whose times were given with no days at all ("с 8 до 17"), read as every day.
    var assumedDays: (first: ScheduleToken, last: ScheduleToken)?
    /// The rules that named their days (a list or a range, not "ежедневно" or no days at all), with
    /// their text: a day off may not take away all the days of one of them.
    var namedRules: [(days: Set<Weekday>, text: String)] = []
    /// Days named as closed ("сб, вс — выходной"), and where the first such rule starts.
    var closedDays: Set<Weekday> = []
    var closedDaysToken: ScheduleToken?
    var status = OpeningHours.Status.regular
    var statusToken: ScheduleToken?
    var note: String?
    /// A rule with times or closed days was read.
    var sawRule = false
    /// The first rule with ranges and the first with fixed times, for the message when both appear.
    var firstRangeToken: ScheduleToken?
    var firstEventToken: ScheduleToken?
    /// Days named without times ("по рабочим дням"), and where.
    var unknownDays: [Weekday] = []
    var unknownDaysToken: ScheduleToken?
    /// The stated clock ("по московскому времени"), and where it was first given.
    var zone: NotationZone?
    var zoneToken: ScheduleToken?
    /// The days of the latest rule with times, which a following "перерыв 13:00-14:00" applies to.
    var lastRuleDays: [Weekday] = []
    /// Whether the cursor follows the start, ";" or a new line (not "," or a space): a break there
    /// applies to every day given so far.
    var atHardSeparator = true
    /// The first token of the latest time or range read, for messages.
    var lastTimeItemStart: ScheduleToken?
    /// The first fixed time read ("в 15:00"), for BG216.
    var firstPoint: (first: ScheduleToken, last: ScheduleToken)?

    /// The text's Characters, for columns: made once, so quoting a span costs its length, not the text's.
    let characters: [Character]

    init(text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// Parses the whole text; `warnings` receives what a successful reading assumed (BG217).
    func run(warnings: inout [ScheduleDiagnostic]) -> Result<ScheduleNotation, ScheduleParseFailure> {
        var parser = self
        var lexer = ScheduleLexer(text: text)
        (parser.tokens, parser.diagnostics) = lexer.run()
        guard parser.diagnostics.isEmpty else { return .failure(ScheduleParseFailure(diagnostics: parser.diagnostics)) }
        parser.parseAll()
        let result = parser.finish()
        if case .success = result { warnings += parser.readingWarnings() }
        return result
    }

    /// Parses the whole text as opening hours: fixed times are refused with BG216 at the first one.
    func runHours(warnings: inout [ScheduleDiagnostic]) -> Result<OpeningHours, ScheduleParseFailure> {
        var parser = self
        var lexer = ScheduleLexer(text: text)
        (parser.tokens, parser.diagnostics) = lexer.run()
        guard parser.diagnostics.isEmpty else { return .failure(ScheduleParseFailure(diagnostics: parser.diagnostics)) }
        parser.parseAll()
        let result = parser.finish()
        if case .success(.hours) = result { warnings += parser.readingWarnings() }
        switch result {
        case let .success(.hours(hours)): return .success(hours)
        case let .failure(failure): return .failure(failure)
        case .success(.events):
            let point = parser.firstPoint!
            let written = parser.source(from: point.first, to: point.last)
            let diagnostic = ScheduleDiagnostic(
                code: .fixedTimeNotRange, message: Self.fixedTimeMessage(written), column: point.first.column,
                length: point.last.endColumn - point.first.column)
            return .failure(ScheduleParseFailure(diagnostics: [diagnostic]))
        }
    }
}

extension OpeningHoursParser {
    var current: ScheduleToken? { position < tokens.count ? tokens[position] : nil }

    func peek(_ offset: Int = 0) -> ScheduleToken? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func report(_ code: ScheduleCode, _ message: String, at token: ScheduleToken?) {
        let column = token?.column ?? (text.count + 1)
        diagnostics.append(ScheduleDiagnostic(code: code, message: message, column: column, length: token?.length ?? 1))
    }

    mutating func report(_ code: ScheduleCode, _ message: String, from first: ScheduleToken, to last: ScheduleToken) {
        diagnostics.append(
            ScheduleDiagnostic(
                code: code, message: message, column: first.column, length: last.endColumn - first.column))
    }

    /// The source text of tokens `from...to` (inclusive), for messages.
    func source(from first: ScheduleToken, to last: ScheduleToken) -> String {
        let lower = max(0, first.column - 1), upper = min(characters.count, last.endColumn - 1)
        return lower < upper ? String(characters[lower..<upper]) : ""
    }

    /// Whether the token separates rules.
    func isSeparator(_ token: ScheduleToken?) -> Bool {
        guard let token else { return true }
        return token.kind == .newline || token.isSymbol(";") || token.isSymbol(",") || token.isSymbol(".")
    }

    /// Skips to the next ";" or new line, after an error (not to a ".", which may be inside a time).
    mutating func recover() {
        while let token = current, !(token.kind == .newline || token.isSymbol(";")) { position += 1 }
    }

    /// ";", a new line or a sentence-ending ".": a break after it applies to every day given before.
    func isHardSeparator(_ token: ScheduleToken) -> Bool {
        token.kind == .newline || token.isSymbol(";") || token.isSymbol(".")
    }
}

private extension OpeningHoursParser {
    mutating func parseAll() {
        guard !tokens.isEmpty || !diagnostics.isEmpty else {
            diagnostics.append(
                ScheduleDiagnostic(
                    code: .emptyNotation, message: Self.emptyExpressionMessage, column: 1, length: text.count))
            return
        }
        while current != nil {
            if isSeparator(current) {
                atHardSeparator = atHardSeparator || isHardSeparator(current!)
                position += 1
                continue
            }
            let errorsBefore = diagnostics.count
            let isRead =
                parseStatus() || parseHolidayClause() || parseZoneClause() || parseFiller() || parseBreak()
                || parseClosedLabel() || parseMonthlyDay() || parseClosedHolidays() || parseRule()
            if !isRead, let token = current {
                let message = remarkMessage() ?? Self.unexpectedMessage(token.displayText(in: text))
                report(.unexpectedText, message, at: token)
            }
            atHardSeparator = false
            if diagnostics.count > errorsBefore { recover() }
        }
    }

    func finish() -> Result<ScheduleNotation, ScheduleParseFailure> {
        var parser = self
        // "кроме выходных" takes Saturday and Sunday out of "ежедневно" or times with no days, not out of
        // a rule that names them: "пн-пт 8-17, сб 9-13, кроме выходных и праздничных дней" keeps Saturday.
        let named = namedRules.reduce(into: Set<Weekday>()) { $0.formUnion($1.days) }
        let weekends = excludesWeekends ? Set<Weekday>([.saturday, .sunday]).subtracting(named) : []
        let excluded = excludedDays.union(weekends)
        for day in excluded {
            parser.week[day] = nil
            parser.events[day] = nil
        }
        parser.unknownDays.removeAll { excluded.contains($0) }
        parser.checkCompleteness()
        parser.checkOverlaps()
        guard !parser.hasErrors else { return .failure(ScheduleParseFailure(diagnostics: parser.diagnostics)) }
        return .success(parser.makeValue())
    }

    func makeValue() -> ScheduleNotation {
        if firstEventToken != nil, !events.isEmpty {
            var value = FixedTimes(week: events, holidayPolicy: holidayPolicy)
            value.zone = zone
            value.note = note
            return .events(value)
        }
        var value: OpeningHours
        if !unknownDays.isEmpty {
            value = .unknownTimes(on: unknownDays, holidayPolicy: holidayPolicy, note: note)
        } else {
            value = OpeningHours(week: week, holidayPolicy: holidayPolicy)
            value.status = status
            value.note = note
            value.zone = value.isEmpty ? nil : zone
        }
        return .hours(value)
    }

    mutating func checkCompleteness() {
        guard !hasErrors else { return }
        if let ranges = firstRangeToken, let events = firstEventToken {
            let later = ranges.column < events.column ? events : ranges
            report(.ambiguous, Self.rangesAndEventsMessage, at: later)
        } else if status == .byAppointment || (status == .unknown && unknownDays.isEmpty), sawRule {
            report(.ambiguous, Self.statusWithTimesMessage(statusToken!.displayText(in: text)), at: statusToken)
        } else if status == .byAppointment, unknownDaysToken != nil {
            report(.ambiguous, Self.statusWithTimesMessage(statusToken!.displayText(in: text)), at: statusToken)
        } else if let token = unknownDaysToken, firstRangeToken != nil || firstEventToken != nil {
            report(.ambiguous, Self.unknownDaysWithTimesMessage(token.displayText(in: text)), at: token)
        } else if !sawRule, status == .regular, unknownDays.isEmpty {
            report(.emptyNotation, Self.emptyExpressionMessage, at: tokens.first)
        } else if let token = closedDaysToken, firstRangeToken == nil, firstEventToken == nil, unknownDays.isEmpty,
            status == .regular, closedDays.count < Weekday.allCases.count
        {
            // "Суббота, воскресенье — выходной" alone says nothing of the other days: reading it as
            // "closed" would publish a school closed all week.
            report(.emptyNotation, Self.onlyClosedDaysMessage(closedDays), at: token)
        } else if let token = zoneToken, firstRangeToken == nil, firstEventToken == nil {
            report(.unexpectedText, Self.zoneWithoutTimesMessage(token.displayText(in: text)), at: token)
        }
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static let emptyExpressionMessage = "empty expression: expected days and times such as \"пн-пт 9:00-18:00\""

    static func unexpectedMessage(_ found: String) -> String {
        "unexpected \"\(found)\": expected days (пн, Mon), a time range (9:00-18:00), a holiday clause or \";\""
    }

    static func statusWithTimesMessage(_ status: String) -> String {
        "ambiguous: \"\(status)\" is combined with opening times; give either times or a status, not both"
    }

    static func fixedTimeMessage(_ written: String) -> String {
        "\"\(written)\" is a fixed time, but opening hours need ranges: give the end as well, "
            + "e.g. \"пн 14:00-15:00\" or \"с 14:00 до 15:00\""
    }

    static let rangesAndEventsMessage =
        "ambiguous: opening hours (9:00-18:00) and fixed times (в 15:00) are given together; "
        + "give them as two separate values"

    static func onlyClosedDaysMessage(_ days: Set<Weekday>) -> String {
        let closed = Weekday.allCases.filter(days.contains).map { $0.shortName(.ru) }.joined(separator: ", ")
        return "empty range: only the days off (\(closed)) are given, the other days have no times; "
            + "give their times too, e.g. \"пн-пт 9:00-18:00; сб, вс — выходной\""
    }

    static func unknownDaysWithTimesMessage(_ days: String) -> String {
        "ambiguous: \"\(days)\" names days without times, but other days have times; "
            + "give the times of every day, e.g. \"пн-пт 9:00-18:00\""
    }

    static func zoneWithoutTimesMessage(_ zone: String) -> String {
        "unexpected time-zone note \"\(zone)\": there are no times to apply it to; "
            + "give the times, e.g. \"пн-пт 9:00-18:00 по московскому времени\""
    }
}

extension ScheduleToken {
    /// The token as written in the source.
    func displayText(in source: String) -> String {
        let characters = Array(source)
        let lower = column - 1, upper = min(characters.count, endColumn - 1)
        return lower < upper ? String(characters[lower..<upper]) : text
    }
}
