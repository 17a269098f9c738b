extension OpeningHoursParser {
    /// The message for a remark the notation cannot read, written in parentheses or after a dash
    /// ("(касса закрывается на час раньше)", "— внутрибиблиотечная работа"): it says how to publish the
    /// words as written, as the value's quoted note. Nil when `token` does not start such a remark.
    func remarkMessage(at token: ScheduleToken) -> String? {
        guard token.isSymbol("(") || token.isSymbol("-"), let index = tokens.firstIndex(of: token) else { return nil }
        var end = index + 1
        while end < tokens.count, !isHardSeparator(tokens[end]), !tokens[end].isSymbol(")") { end += 1 }
        let words = tokens[(index + 1)..<end]
        // After a dash the remark starts with a word: "- 10:00" is a range gone wrong, not a remark.
        guard let first = words.first, let last = words.last, words.contains(where: { $0.kind == .word }),
            token.isSymbol("(") || first.kind == .word
        else { return nil }
        return Self.remarkMessage(source(from: first, to: last), parenthesised: token.isSymbol("("))
    }
}

/// The messages raised in this file.
private extension OpeningHoursParser {
    static func remarkMessage(_ remark: String, parenthesised: Bool) -> String {
        let form = parenthesised ? "in parentheses" : "after a dash"
        return "unexpected remark \(form), \"\(remark)\": the notation does not read it; "
            + "to publish it as written, put it in quotes as the note, e.g. «\(remark)»"
    }
}
