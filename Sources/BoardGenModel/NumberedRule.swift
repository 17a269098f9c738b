import Foundation

/// A numbered rule of a regulation's Markdown body as the document numbers it ("3.1. Сотрудники
/// обращаются …", "## 4. Помощь родителям"), with everything under it up to the next rule that is
/// not one of its sub-rules: the paragraphs, lists and directive blocks that belong to it.
package struct NumberedRule: Sendable, Hashable, Codable {
    /// The number as written, without its final dot: "3", "3.1", "3.1.2".
    package var number: String
    /// The rule's Markdown, exactly as in the body.
    package var markdown: String
    /// The body line (1-based) where the rule starts.
    package var firstLine: Int

    /// Every numbered rule of a body, in order. A number opens a rule only at the start of a
    /// block (after a blank line or a heading mark) and outside fenced blocks; a single number
    /// needs its dot or bracket ("3." or "3)") so that a paragraph starting with a year is not a rule.
    package static func rules(in body: String) -> [NumberedRule] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = ruleStarts(lines)
        return starts.enumerated().map { index, start in
            let later = starts[(index + 1)...]
            let end = later.first { !$0.number.hasPrefix(start.number + ".") }?.line ?? lines.count
            return NumberedRule(
                number: start.number, markdown: trimmed(lines[start.line..<end]), firstLine: start.line + 1)
        }
    }

    /// The body cut where each rule starts: the text before the first rule (if any), then one
    /// piece per rule without its sub-rules. The pieces joined again give the body.
    package static func pieces(of body: String) -> [String] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cuts = [0] + ruleStarts(lines).map(\.line).filter { $0 > 0 } + [lines.count]
        return zip(cuts, cuts.dropFirst()).map { trimmed(lines[$0..<$1]) }.filter { !$0.isEmpty }
    }
}

private extension NumberedRule {
    static func ruleStarts(_ lines: [String]) -> [(number: String, line: Int)] {
        var starts: [(String, Int)] = []
        var fence: Substring?
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            let stripped = line.drop { $0 == " " }
            if let open = fence {
                if stripped.hasPrefix(open) { fence = nil }
                previousBlank = false
                continue
            }
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") {
                fence = stripped.prefix(3)
            } else if previousBlank, let number = number(opening: stripped) {
                starts.append((number, index))
            }
            previousBlank = stripped.trimmingCharacters(in: .whitespaces).isEmpty
        }
        return starts
    }

    /// "3.1. Текст" → "3.1"; "## 4. Текст" → "4"; "2026 год" → nil.
    static func number(opening line: Substring) -> String? {
        var rest = line
        if rest.hasPrefix("#") {
            rest = rest.drop { $0 == "#" }
            guard rest.first == " " else { return nil }
            rest = rest.drop { $0 == " " }
        }
        let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        var number = String(digits)
        let hasClosingDot = number.hasSuffix(".")
        if hasClosingDot { number.removeLast() }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard !number.isEmpty, parts.allSatisfy({ (1...3).contains($0.count) }) else { return nil }
        let after = rest.dropFirst(digits.count)
        let isClosed = hasClosingDot || after.first == ")"
        let tail = after.first == ")" ? after.dropFirst() : after
        guard tail.first == " " || tail.first == "\t", isClosed || parts.count > 1 else { return nil }
        return tail.contains { !$0.isWhitespace } ? number : nil
    }

    static func trimmed(_ lines: ArraySlice<String>) -> String {
        var slice = lines
        while let last = slice.last, last.trimmingCharacters(in: .whitespaces).isEmpty { slice.removeLast() }
        while let first = slice.first, first.trimmingCharacters(in: .whitespaces).isEmpty { slice.removeFirst() }
        return slice.joined(separator: "\n")
    }
}
