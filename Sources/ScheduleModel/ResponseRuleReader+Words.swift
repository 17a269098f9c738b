import Foundation

/// The word-level pieces of `ResponseRuleReader`.
extension ResponseRuleReader {
    /// Consumes the words if they follow at the cursor; nothing otherwise.
    mutating func take(_ words: String...) -> Bool {
        for (offset, word) in words.enumerated() {
            guard position + offset < tokens.count, tokens[position + offset].text == word else { return false }
            furthest = max(furthest, position + offset + 1)
        }
        position += words.count
        return true
    }

    /// A number, in digits or words ("10", "трёх", "одного"); a spelled-out repeat after digits,
    /// "1 (одного)", is skipped.
    mutating func amount() -> Int? {
        guard position < tokens.count else { return nil }
        let token = tokens[position]
        let value = token.kind == .number ? Int(token.text) : Self.numberWords[token.text]
        guard let value, value > 0, token.kind != .number || token.text.count <= 4 else { return nil }
        position += 1
        furthest = max(furthest, position)
        if token.kind == .number, position < tokens.count,
            Self.numberWords[tokens[position].text] == value || Self.numberEndings.contains(tokens[position].text)
        {
            position += 1
        }
        return value
    }

    /// "рабочих дней", "рабочего дня", "дней", "календарных дней", "часов", "рабочих часов".
    mutating func russianUnit() -> ResponseRule.Unit? {
        let working = take("рабочих") || take("рабочего") || take("рабочий")
        let calendar = !working && (take("календарных") || take("календарного") || take("календарный"))
        if take("дней") || take("дня") || take("день") { return working ? .workingDays : .days }
        if !calendar, take("часов") || take("часа") || take("час") { return working ? .workingHours : .hours }
        return nil
    }

    /// "[,] следующего за днём [его] X" / "следующих за днём X".
    mutating func followingDay() -> ResponseRule.Anchor? {
        guard take("следующего", "за", "днем") || take("следующих", "за", "днем") else { return nil }
        return anchor()
    }

    /// "с даты X", "со дня X", "с момента X" (also "с даты регистрации обращения").
    mutating func countedFrom() -> ResponseRule.Anchor? {
        guard take("с", "даты") || take("со", "дня") || take("с", "момента") || take("с", "дня") else { return nil }
        return anchor()
    }

    /// "[его] поступления / получения / обращения / подачи / регистрации [обращения / заявления / запроса]".
    mutating func anchor() -> ResponseRule.Anchor? {
        _ = take("его") || take("ее") || take("их")
        _ = take("фактического")  // "с момента фактического получения": the receipt itself
        guard position < tokens.count, let anchor = Self.anchorWords[tokens[position].text] else { return nil }
        position += 1
        furthest = max(furthest, position)
        if position < tokens.count, Self.objectWords.contains(tokens[position].text) {
            position += 1
            furthest = max(furthest, position)
        }
        // Who sent or received it ("обращения заявителя", "получения учреждением") does not move the day.
        if position < tokens.count, Self.partyWords.contains(tokens[position].text) {
            position += 1
            furthest = max(furthest, position)
        }
        return anchor
    }

    /// "receipt", "submission", "registration".
    mutating func englishAnchor() -> ResponseRule.Anchor? {
        guard position < tokens.count, let anchor = ResponseRule.Anchor(rawValue: tokens[position].text) else {
            return nil
        }
        position += 1
        furthest = max(furthest, position)
        return anchor
    }

    /// One BG214 at the first word no pattern could read.
    func fault() -> ScheduleDiagnostic {
        guard furthest < tokens.count else {
            let message = Self.incompleteMessage(text)
            return ScheduleDiagnostic(code: .badDeadline, message: message, column: 1, length: max(1, text.count))
        }
        let token = tokens[furthest]
        let message = Self.unexpectedMessage(text, found: token.displayText(in: text))
        return ScheduleDiagnostic(code: .badDeadline, message: message, column: token.column, length: token.length)
    }

    static let numberWords: [String: Int] = [
        "один": 1, "одного": 1, "одной": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
        "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
        "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "пятнадцать": 15, "пятнадцати": 15,
        "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "ten": 10, "fifteen": 15, "thirty": 30,
    ]

    /// "2-х", "5-ти", "7-ми": the case ending written after the digits.
    static let numberEndings: Set<String> = ["х", "ти", "ми", "ух", "ех", "и"]

    static let anchorWords: [String: ResponseRule.Anchor] = [
        "поступления": .receipt, "получения": .receipt, "обращения": .submission, "подачи": .submission,
        "направления": .submission, "отправки": .submission, "регистрации": .registration,
    ]

    static let objectWords: Set<String> = ["обращения", "заявления", "запроса", "жалобы"]
    static let partyWords: Set<String> = [
        "заявителя", "гражданина", "граждан", "пользователя", "родителя", "учреждением", "организацией", "школой",
    ]
}

/// The messages raised in this file.
extension ResponseRuleReader {
    static let forms =
        "write «в день поступления», «не позднее следующего рабочего дня», «не позднее 2 часов первого рабочего "
        + "дня, следующего за днём обращения», «в течение 10 рабочих дней с даты регистрации» or «в течение 30 "
        + "дней со дня регистрации» (in English: \"within 10 working days of registration\")"

    static func unexpectedMessage(_ text: String, found: String) -> String {
        "bad response time \"\(text)\": unexpected \"\(found)\"; \(forms)"
    }

    static func incompleteMessage(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).isEmpty
            ? "empty response time; \(forms)" : "incomplete response time \"\(text)\"; \(forms)"
    }
}
