extension ResponseRule {
    /// Reads a response time as regulations state it (Russian or English): "в день поступления",
    /// "не позднее следующего рабочего дня", "не позднее 1 (одного) рабочего дня, следующего за днём его
    /// поступления", "не позднее 2 часов первого рабочего дня, следующего за днём обращения",
    /// "в течение 10 рабочих дней с даты регистрации", "в течение 3 рабочих дней", "в течение трёх
    /// календарных дней с момента поступления", "2 рабочих дня", "within 10 working days of registration". Anything
    /// else is one BG214 diagnostic at the first word that does not fit, saying what to write.
    public static func parse(_ text: String) -> Result<ResponseRule, ScheduleParseFailure> {
        var lexer = ScheduleLexer(text: text)
        let (tokens, lexErrors) = lexer.run()
        if !lexErrors.isEmpty { return .failure(ScheduleParseFailure(diagnostics: lexErrors)) }
        var reader = ResponseRuleReader(text: text, tokens: tokens.filter { $0.kind == .word || $0.kind == .number })
        return reader.read()
    }
}

/// The reader behind `ResponseRule.parse(_:)`: a few fixed sentence patterns over words and numbers
/// (punctuation and a number's spelled-out repeat, "1 (одного)", are skipped).
struct ResponseRuleReader {
    let text: String
    let tokens: [ScheduleToken]
    var position = 0
    /// The furthest token any pattern reached, where the diagnostic points.
    var furthest = 0

    mutating func read() -> Result<ResponseRule, ScheduleParseFailure> {
        let patterns: [(inout ResponseRuleReader) -> ResponseRule?] = [
            { $0.readSameDay() }, { $0.readNotLater() }, { $0.readWithin() }, { $0.readBare() },
            { $0.readEnglishDay() }, { $0.readEnglishWithin() },
        ]
        for pattern in patterns {
            position = 0
            if let rule = pattern(&self), position == tokens.count { return .success(rule) }
        }
        return .failure(ScheduleParseFailure(diagnostics: [fault()]))
    }
}

/// The Russian patterns.
extension ResponseRuleReader {
    /// "в день [его] поступления / обращения / регистрации".
    mutating func readSameDay() -> ResponseRule? {
        // "в течение рабочего дня" (no number): during the working day the request is received.
        if take("в", "течение", "рабочего", "дня") {
            if position == tokens.count { return ResponseRule(kind: .sameDay) }
            return countedFrom().map { ResponseRule(kind: .sameDay, anchor: $0) }
        }
        guard take("в", "день") else { return nil }
        return anchor().map { ResponseRule(kind: .sameDay, anchor: $0) }
    }

    /// "не позднее следующего рабочего дня", "не позднее (первого | 1) рабочего дня, следующего за днём X",
    /// "не позднее 2 часов первого рабочего дня, следующего за днём X", "не позднее N рабочих дней, следующих
    /// за днём X", "не позднее N рабочих дней с даты X".
    mutating func readNotLater() -> ResponseRule? {
        guard take("не", "позднее") || take("в", "срок", "не", "позднее") || take("на") else { return nil }
        if take("следующего", "рабочего", "дня") || take("следующий", "рабочий", "день") {
            // "… со дня её поступления": the day after the anchor, as without it.
            if position < tokens.count { return countedFrom().map { ResponseRule(kind: .nextWorkingDay, anchor: $0) } }
            return ResponseRule(kind: .nextWorkingDay, anchor: .receipt)
        }
        if take("первого", "рабочего", "дня") || take("рабочего", "дня") {
            return followingDay().map { ResponseRule(kind: .nextWorkingDay, anchor: $0) }
        }
        guard let amount = amount() else { return nil }
        if take("часа") || take("часов") {
            guard take("первого", "рабочего", "дня") else { return nil }
            return followingDay().map { ResponseRule(kind: .hoursIntoNextWorkingDay(hours: amount), anchor: $0) }
        }
        guard let unit = russianUnit() else { return nil }
        let saved = position
        if let anchor = followingDay() {
            let kind: ResponseRule.Kind =
                amount == 1 && unit == .workingDays ? .nextWorkingDay : .within(amount: amount, unit: unit)
            return ResponseRule(kind: kind, anchor: anchor)
        }
        position = saved
        return ResponseRule(kind: .within(amount: amount, unit: unit), anchor: countedFrom() ?? .receipt)
    }

    /// "в течение N UNIT [с даты / со дня / с момента X]", also after "не более", "в срок не более" or
    /// "не должен превышать" (a registration period "не должен превышать одного рабочего дня с момента поступления").
    mutating func readWithin() -> ResponseRule? {
        guard
            take("в", "течение") || take("не", "более") || take("в", "срок", "не", "более")
                || take("не", "должен", "превышать") || take("не", "должна", "превышать")
                // "до 14 дней", "в срок до 3 рабочих дней", "не превышает 10 дней": up to, i.e. within.
                || take("в", "срок", "до") || take("до") || take("не", "превышает")
        else { return nil }
        guard let amount = amount(), let unit = russianUnit() else { return nil }
        if position == tokens.count { return ResponseRule(kind: .within(amount: amount, unit: unit)) }
        return countedFrom().map { ResponseRule(kind: .within(amount: amount, unit: unit), anchor: $0) }
    }
}

extension ResponseRuleReader {
    /// A bare period as contact pages state it: "1 рабочий день", "2 рабочих дня", "3 дня", "24 часа";
    /// read as "в течение …" from the receipt.
    mutating func readBare() -> ResponseRule? {
        guard let amount = amount(), let unit = russianUnit() else { return nil }
        return ResponseRule(kind: .within(amount: amount, unit: unit))
    }
}

/// The English patterns.
extension ResponseRuleReader {
    /// "on the day of X", "the same day", "by the end of the next working day [after the day of X]",
    /// "no later than N hours into the first working day after the day of X".
    mutating func readEnglishDay() -> ResponseRule? {
        if take("on", "the", "day", "of") { return englishAnchor().map { ResponseRule(kind: .sameDay, anchor: $0) } }
        if take("the", "same", "day") { return ResponseRule(kind: .sameDay) }
        guard take("by") || take("no", "later", "than") else { return nil }
        if take("the", "end", "of", "the", "next", "working", "day") || take("the", "next", "working", "day") {
            guard position < tokens.count else { return ResponseRule(kind: .nextWorkingDay) }
            guard take("after", "the", "day", "of") else { return nil }
            return englishAnchor().map { ResponseRule(kind: .nextWorkingDay, anchor: $0) }
        }
        guard let hours = amount(), take("hour") || take("hours"),
            take("into", "the", "first", "working", "day", "after", "the", "day", "of")
        else { return nil }
        return englishAnchor().map { ResponseRule(kind: .hoursIntoNextWorkingDay(hours: hours), anchor: $0) }
    }

    /// "within N (working) days / hours [of / from / after X]".
    mutating func readEnglishWithin() -> ResponseRule? {
        guard take("within"), let amount = amount() else { return nil }
        let working = take("working") || take("business")
        let calendar = !working && take("calendar")
        let unit: ResponseRule.Unit
        if take("day") || take("days") {
            unit = working ? .workingDays : .days
        } else if !calendar, take("hour") || take("hours") {
            unit = working ? .workingHours : .hours
        } else {
            return nil
        }
        if position == tokens.count { return ResponseRule(kind: .within(amount: amount, unit: unit)) }
        guard take("of") || take("from") || take("after") else { return nil }
        return englishAnchor().map { ResponseRule(kind: .within(amount: amount, unit: unit), anchor: $0) }
    }
}
