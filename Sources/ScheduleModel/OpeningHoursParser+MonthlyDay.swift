import Foundation

extension OpeningHoursParser {
    /// "последний четверг месяца", "2-я среда каждого месяца", "в первый понедельник месяца": a day of the
    /// month, which weekly hours cannot say. Reported (BG212) with the way to publish it as written.
    mutating func parseMonthlyDay() -> Bool {
        var probe = self
        if let token = probe.current, ["в", "во", "каждый", "каждую", "каждое"].contains(token.text) {
            probe.position += 1
        }
        guard let ordinal = probe.current, probe.consumeOrdinal(), let day = probe.current, day.kind == .word,
            Self.lookupDay(day.text) != .unknown
        else { return false }
        probe.position += 1
        if probe.current?.isWord("каждого") == true || probe.current?.isWord("of") == true { probe.position += 1 }
        guard let month = probe.current, month.text == "месяца" || month.text == "month" else { return false }
        let written = source(from: ordinal, to: month)
        // The advice quotes the whole line as the school wrote it, not words of our own.
        var lineEnd = probe.position
        while lineEnd < tokens.count, tokens[lineEnd].kind != .newline, !tokens[lineEnd].isSymbol(";") { lineEnd += 1 }
        let line = source(from: tokens[position], to: tokens[max(lineEnd - 1, probe.position - 1)])
        report(.unexpectedText, Self.monthlyDayMessage(written, line: line), from: ordinal, to: month)
        position = probe.position
        return true
    }
}

private extension OpeningHoursParser {
    /// "первый", "вторую", "последний", "2-я", "1-й", "last", "first", "2nd".
    mutating func consumeOrdinal() -> Bool {
        guard let token = current else { return false }
        if token.kind == .word, Self.ordinalStems.contains(where: token.text.hasPrefix),
            Self.lookupDay(token.text) == .unknown
        {
            position += 1
            return true
        }
        guard token.kind == .number, token.text.count == 1 else { return false }
        if let dash = peek(1), dash.isSymbol("-"), let suffix = peek(2), suffix.kind == .word,
            ["я", "й", "ая", "ый", "ой", "ий", "ю", "ую"].contains(suffix.text)
        {
            position += 3
            return true
        }
        if let suffix = peek(1), suffix.kind == .word, ["st", "nd", "rd", "th"].contains(suffix.text) {
            position += 2
            return true
        }
        return false
    }

    static let ordinalStems = [
        "перв", "втор", "трет", "четверт", "пят", "последн", "first", "second", "third", "fourth", "last",
    ]
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func monthlyDayMessage(_ written: String, line: String) -> String {
        let quoted = line.trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        return "\"\(written)\" is a day of the month, and the notation gives the hours of each week; "
            + "publish the line as written in quotes: «\(quoted)»"
    }
}
