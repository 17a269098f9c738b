/// The recursive-descent reader behind `OpeningHours.parse(_:)`.
///
/// Grammar (informally): rules separated by ";", new lines or ", " before a day; a rule is
/// `[days] [times]`, `days off`, a status ("по записи", "unknown") or a holiday clause
/// ("кроме выходных и праздничных дней", "PH off").
struct OpeningHoursParser {
    let text: String
    var tokens: [ScheduleToken] = []
    var position = 0
    var diagnostics: [ScheduleDiagnostic] = []
    var week: [Weekday: [TimeRange]] = [:]
    /// Where each day got its ranges: the span of the rule, for BG205/BG206 columns.
    var origin: [Weekday: (column: Int, length: Int)] = [:]
    var holidayPolicy = OpeningHours.HolidayPolicy.unspecified
    var excludesWeekends = false
    /// Days named after "кроме"/"except": dropped from every rule.
    var excludedDays: Set<Weekday> = []
    var status = OpeningHours.Status.regular
    var statusToken: ScheduleToken?
    var note: String?
    var sawRule = false
    /// The days of the latest rule with times, which a following "перерыв 13:00-14:00" applies to.
    var lastRuleDays: [Weekday] = []

    init(text: String) { self.text = text }

    /// Parses the whole text.
    func run() -> Result<OpeningHours, ScheduleParseFailure> {
        var parser = self
        var lexer = ScheduleLexer(text: text)
        (parser.tokens, parser.diagnostics) = lexer.run()
        guard parser.diagnostics.isEmpty else { return .failure(ScheduleParseFailure(diagnostics: parser.diagnostics)) }
        parser.parseAll()
        return parser.finish()
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
        let characters = Array(text)
        let lower = max(0, first.column - 1), upper = min(characters.count, last.endColumn - 1)
        return lower < upper ? String(characters[lower..<upper]) : ""
    }

    /// Whether the token separates rules.
    func isSeparator(_ token: ScheduleToken?) -> Bool {
        guard let token else { return true }
        return token.kind == .newline || token.isSymbol(";") || token.isSymbol(",")
    }

    /// Skips to just after the next ";" or new line, after an error.
    mutating func recover() {
        while let token = current, !(token.kind == .newline || token.isSymbol(";")) { position += 1 }
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
            if isSeparator(current) { position += 1; continue }
            let errorsBefore = diagnostics.count
            let isRead = parseStatus() || parseHolidayClause() || parseFiller() || parseBreak() || parseRule()
            if !isRead, let token = current {
                report(.unexpectedText, Self.unexpectedMessage(token.displayText(in: text)), at: token)
            }
            if diagnostics.count > errorsBefore { recover() }
        }
    }

    func finish() -> Result<OpeningHours, ScheduleParseFailure> {
        var parser = self
        let excluded = excludedDays.union(excludesWeekends ? [.saturday, .sunday] : [])
        for day in excluded { parser.week[day] = nil }
        parser.checkCompleteness()
        parser.checkOverlaps()
        guard !parser.hasErrors else { return .failure(ScheduleParseFailure(diagnostics: parser.diagnostics)) }
        var value = OpeningHours(week: parser.week, holidayPolicy: holidayPolicy)
        value.status = status
        value.note = note
        return .success(value)
    }

    mutating func checkCompleteness() {
        guard !hasErrors else { return }
        if status != .regular, sawRule {
            report(.ambiguous, Self.statusWithTimesMessage(statusToken!.displayText(in: text)), at: statusToken)
        } else if !sawRule, status == .regular {
            report(.emptyNotation, Self.emptyExpressionMessage, at: tokens.first)
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
}

extension ScheduleToken {
    /// The token as written in the source.
    func displayText(in source: String) -> String {
        let characters = Array(source)
        let lower = column - 1, upper = min(characters.count, endColumn - 1)
        return lower < upper ? String(characters[lower..<upper]) : text
    }
}
