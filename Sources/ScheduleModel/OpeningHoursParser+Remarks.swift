extension OpeningHoursParser {
    /// The message for a remark the notation cannot read, written in parentheses or after a dash
    /// ("(касса закрывается на час раньше)", "— внутрибиблиотечная работа"): it says how to publish the
    /// words as written, as the value's quoted note. Nil when the token at the cursor does not start such a remark.
    func remarkMessage() -> String? {
        guard let token = current, token.isSymbol("(") || token.isSymbol("-") else { return nil }
        let index = position
        let parenthesised = token.isSymbol("(")
        var end = index + 1
        while end < tokens.count, tokens[end].kind != .newline, !tokens[end].isSymbol(";"),
            parenthesised ? !tokens[end].isSymbol(")") : !isHardSeparator(tokens[end])
        {
            end += 1
        }
        let words = tokens[(index + 1)..<end]
        // After a dash the remark starts with a word: "- 10:00" is a range gone wrong, not a remark. Days,
        // times, statuses or quotes inside are hours, not a remark to publish beside them.
        guard let first = words.first, let last = words.last, words.contains(where: { $0.kind == .word }),
            parenthesised || first.kind == .word,
            !words.contains(where: { token in
                token.kind == .quoted || token.isSymbol(":") || Self.lookupDay(token.text) != .unknown
                    || Self.closedWords.contains(token.text) || ["по", "записи", "уточняется"].contains(token.text)
            })
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
