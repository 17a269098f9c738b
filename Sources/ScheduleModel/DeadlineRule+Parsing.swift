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
        "один": 1, "одного": 1, "одна": 1, "одну": 1, "одной": 1, "два": 2, "двух": 2, "две": 2, "три": 3,
        "трех": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
        "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
        "once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    ]

    func read() -> Result<DeadlineRule, ScheduleDiagnostic> {
        guard !tokens.isEmpty else { return .failure(fault(Self.emptyRuleMessage, at: nil)) }
        if has("реже") || has("least") && has("week") && !has("before") {
            guard has("недел") || has("week") else { return .failure(fault(Self.missingWeekMessage, at: nil)) }
            // "не реже 1 раза в 2 недели" is not a weekly rule: reading it as once a week would change it.
            if let every = weeksPerTime(), every > 1 {
                return .failure(fault(Self.everyFewWeeksMessage(every), at: nil))
            }
            return .success(DeadlineRule(kind: .atLeastPerWeek(times: count(default: 1))))
        }
        let before = has("до") && (has("конц") || has("окончан")) || has("before") && has("end")
        let after = has("после") && has("начал") || has("after") && has("start")
        guard before != after else {
            return .failure(fault(Self.missingAnchorMessage, at: nil))
        }
        // Only a reporting period is an anchor: "до окончания учебного года" or "месяца" is one date a
        // year or a month, which a rule for each term would turn into four.
        guard let period = anchorPeriod() else { return .failure(fault(Self.missingPeriodMessage, at: nil)) }
        if !Self.isReportingPeriod(period.text) {
            return .failure(fault(Self.notAReportingPeriodMessage(period.displayText(in: text)), at: period))
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

    /// The word naming what the rule counts from: the first word after "конца", "окончания", "начала"
    /// ("end", "start") that is not an adjective such as "учебной" or an article.
    func anchorPeriod() -> ScheduleToken? {
        guard
            let anchor = tokens.firstIndex(where: { token in
                ["конц", "окончан", "начал", "end", "start"].contains { token.text.hasPrefix($0) }
            })
        else { return nil }
        return tokens[(anchor + 1)...].first { token in
            token.kind == .word
                && !["учебн", "the", "each", "every", "of", "ее", "его", "их"].contains {
                    token.text.hasPrefix($0) || token.text == $0
                }
        }
    }

    /// "четверти", "триместра", "полугодия", "отчетного периода", "term", "quarter".
    static func isReportingPeriod(_ word: String) -> Bool {
        [
            "четверт", "триместр", "полугод", "семестр", "отчетн", "период", "term", "quarter", "semester", "reporting",
            "period",
        ].contains { word.hasPrefix($0) }
    }

    /// N in "раз в N недели" ("в две недели", "every 2 weeks"); nil for "в неделю".
    func weeksPerTime() -> Int? {
        for (index, token) in tokens.enumerated() where token.text.hasPrefix("недел") || token.text.hasPrefix("week") {
            guard index > 0, let amount = number(tokens[index - 1]) else { continue }
            if index > 1, ["в", "every"].contains(tokens[index - 2].text) { return amount }
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

    static let missingPeriodMessage =
        "expected the period it is counted from after \"конца/окончания/начала\": четверти, триместра, "
        + "полугодия or отчётного периода"

    static func everyFewWeeksMessage(_ weeks: Int) -> String {
        "once in \(weeks) weeks is not a weekly rule; boardgen reads \"не реже N раз в неделю\" only"
    }

    static func notAReportingPeriodMessage(_ period: String) -> String {
        "it is counted from \"\(period)\", and deadlines count from the start or end of each reporting period "
            + "(четверть, триместр, полугодие); a date once a school year or a month is not such a rule"
    }

    static func badRuleMessage(_ text: String, _ fault: String) -> String {
        "bad deadline rule \"\(text)\": \(fault)"
    }
}
