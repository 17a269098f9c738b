extension DeadlineRule {
    /// Reads a rule as regulations state it: "не позднее, чем за 2 недели до конца отчетного периода",
    /// "за два дня до окончания четверти", "за 3 рабочих дня до конца четверти",
    /// "через 5 дней после начала четверти", "не реже двух раз в неделю", "at least once a week",
    /// "2 weeks before the end of the term". Faults are BG214 diagnostics with a column.
    public static func parse(_ text: String) -> Result<DeadlineRule, ScheduleParseFailure> {
        var lexer = ScheduleLexer(text: text)
        let (tokens, lexErrors) = lexer.run()
        if !lexErrors.isEmpty { return .failure(ScheduleParseFailure(diagnostics: lexErrors)) }
        let reader = DeadlineRuleReader(text: text, tokens: tokens.filter { $0.kind == .word || $0.kind == .number })
        switch reader.read() {
        case let .success(rule): return .success(rule)
        case let .failure(diagnostic): return .failure(ScheduleParseFailure(diagnostics: [diagnostic]))
        }
    }
}

/// Keyword-based reader behind `DeadlineRule.parse(_:)`.
struct DeadlineRuleReader {
    let text: String
    let tokens: [ScheduleToken]

    static let numberWords: [String: Int] = [
        "один": 1, "одного": 1, "одна": 1, "одну": 1, "два": 2, "двух": 2, "две": 2, "три": 3, "трех": 3,
        "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "десять": 10,
        "once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    ]

    func read() -> Result<DeadlineRule, ScheduleDiagnostic> {
        guard !tokens.isEmpty else { return .failure(fault(Self.emptyRuleMessage, at: nil)) }
        if has("реже") || has("least") && has("week") && !has("before") {
            guard has("недел") || has("week") else { return .failure(fault(Self.missingWeekMessage, at: nil)) }
            return .success(DeadlineRule(kind: .atLeastPerWeek(times: count(default: 1))))
        }
        let before = has("до") && (has("конц") || has("окончан")) || has("before") && has("end")
        let after = has("после") && has("начал") || has("after") && has("start")
        guard before != after else {
            return .failure(fault(Self.missingAnchorMessage, at: nil))
        }
        guard let (amount, unit) = quantity() else {
            return .failure(fault(Self.missingAmountMessage, at: nil))
        }
        return .success(
            DeadlineRule(
                kind: before ? .beforeEnd(amount: amount, unit: unit) : .afterStart(amount: amount, unit: unit)))
    }
}

private extension DeadlineRuleReader {
    func has(_ prefix: String) -> Bool { tokens.contains { $0.kind == .word && $0.text.hasPrefix(prefix) } }

    func number(_ token: ScheduleToken) -> Int? {
        token.kind == .number ? Int(token.text) : DeadlineRuleReader.numberWords[token.text]
    }

    /// The first number in the text, or `fallback` ("раз в неделю").
    func count(default fallback: Int) -> Int { tokens.lazy.compactMap(number).first ?? fallback }

    /// A number followed by a unit word ("2 недели", "трех рабочих дней", "5 working days").
    func quantity() -> (Int, DeadlineRule.Unit)? {
        for (index, token) in tokens.enumerated() {
            guard let amount = number(token), index + 1 < tokens.count else { continue }
            let next = tokens[index + 1].text
            if next.hasPrefix("рабоч") || next == "working" { return (amount, .workingDays) }
            if next.hasPrefix("недел") || next.hasPrefix("week") { return (amount, .weeks) }
            if next.hasPrefix("дн") || next.hasPrefix("ден") || next.hasPrefix("day") { return (amount, .days) }
        }
        return nil
    }

    func fault(_ message: String, at token: ScheduleToken?) -> ScheduleDiagnostic {
        ScheduleDiagnostic(
            code: .badDeadline, message: Self.badRuleMessage(text, message),
            column: token?.column ?? 1, length: token?.length ?? max(1, text.count))
    }
}

/// The messages raised in this file.
private extension DeadlineRuleReader {
    static let emptyRuleMessage = "empty deadline rule"
    static let missingWeekMessage = "expected \"в неделю\" / \"a week\""
    static let missingAnchorMessage =
        "expected \"до конца/окончания …\" or \"после начала …\" (\"before the end\" / "
        + "\"after the start\") to say what the deadline is counted from"
    static let missingAmountMessage =
        "expected an amount with a unit, such as \"2 недели\", \"два дня\", "
        + "\"3 рабочих дня\" or \"2 weeks\""

    static func badRuleMessage(_ text: String, _ fault: String) -> String {
        "bad deadline rule \"\(text)\": \(fault)"
    }
}
