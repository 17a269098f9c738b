import Foundation

/// A token of an opening-hours notation, with its 1-based Character column and length.
struct ScheduleToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Letters (a trailing abbreviation dot is included in the length, not in `text`),
        /// lower-cased with "ё" folded to "е".
        case word
        /// Decimal digits.
        case number
        /// A single punctuation or symbol character (dashes are folded to "-").
        case symbol
        /// Text between double quotes or «guillemets» (without them).
        case quoted
        /// End of a line: separates rules like ";".
        case newline
    }

    var kind: Kind
    var text: String
    var column: Int
    var length: Int
    /// Whether an abbreviation dot followed the word ("пон.").
    var hasDot = false

    /// The column just after the token.
    var endColumn: Int { column + length }

    func isSymbol(_ value: String) -> Bool { kind == .symbol && text == value }
    func isWord(_ value: String) -> Bool { kind == .word && text == value }
}

/// Splits a notation into tokens; unterminated quotes are reported as BG212.
struct ScheduleLexer {
    private let characters: [Character]
    private var index = 0

    init(text: String) { characters = Array(text) }

    mutating func run() -> (tokens: [ScheduleToken], diagnostics: [ScheduleDiagnostic]) {
        var tokens: [ScheduleToken] = []
        var diagnostics: [ScheduleDiagnostic] = []
        while index < characters.count {
            let c = characters[index]
            if c.isNewline {  // "\n", "\r\n" (one Character), "\r", U+2028, NEL
                tokens.append(ScheduleToken(kind: .newline, text: "\n", column: index + 1, length: 1))
                index += 1
            } else if c.isWhitespace {
                index += 1
            } else if c.isLetter {
                tokens.append(lexWord())
            } else if c.isASCII, c.isNumber {
                tokens.append(lexNumber())
            } else if Self.closingQuote(of: c) != nil {
                switch lexQuoted() {
                case let .success(token): tokens.append(token)
                case let .failure(diagnostic): diagnostics.append(diagnostic)
                }
            } else {
                let text = Self.isDash(c) ? "-" : String(c)
                tokens.append(ScheduleToken(kind: .symbol, text: text, column: index + 1, length: 1))
                index += 1
            }
        }
        return (tokens, diagnostics)
    }
}

private extension ScheduleLexer {
    mutating func lexWord() -> ScheduleToken {
        let start = index
        while index < characters.count, characters[index].isLetter { index += 1 }
        let text = String(characters[start..<index]).lowercased().replacingOccurrences(of: "ё", with: "е")
        var token = ScheduleToken(kind: .word, text: text, column: start + 1, length: index - start)
        if index < characters.count, characters[index] == ".", !isDigit(at: index + 1) {
            token.hasDot = true
            token.length += 1
            index += 1
        }
        return token
    }

    mutating func lexNumber() -> ScheduleToken {
        let start = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        return ScheduleToken(
            kind: .number, text: String(characters[start..<index]), column: start + 1, length: index - start)
    }

    mutating func lexQuoted() -> Result<ScheduleToken, ScheduleDiagnostic> {
        let start = index
        let closing = Self.closingQuote(of: characters[index]) ?? "\""
        index += 1
        // „German-style“ quotes may also close with ”, and “English” ones with “ as often typed; a note
        // ends on its line, so a missing closing quote cannot swallow the rules on the next lines.
        while index < characters.count, characters[index] != closing, !Self.alsoCloses(characters[index], closing),
            !characters[index].isNewline
        {
            index += 1
        }
        guard index < characters.count, !characters[index].isNewline else {
            return .failure(
                ScheduleDiagnostic(
                    code: .unexpectedText, message: Self.unterminatedQuoteMessage(closing: closing),
                    column: start + 1, length: index - start))
        }
        index += 1
        let text = String(characters[(start + 1)..<(index - 1)])
        return .success(ScheduleToken(kind: .quoted, text: text, column: start + 1, length: index - start))
    }

    /// Every dash and minus a text editor or a web page may put between two days or two times:
    /// Unicode's dash punctuation (hyphen, non-breaking hyphen, figure dash, en and em dashes, the
    /// small and full-width hyphen-minus...) and the minus signs.
    static func isDash(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return false }
        return scalar.properties.generalCategory == .dashPunctuation || "−⁃➖".unicodeScalars.contains(scalar)
    }

    /// A second closing quote for the pairs writers mix: „…” and “…“.
    static func alsoCloses(_ c: Character, _ closing: Character) -> Bool {
        (closing == "“" && c == "”") || (closing == "”" && c == "“")
    }

    /// The quote that closes a note opened by `c`: "…", «…», “…” (as Word types them), „…“; nil when
    /// `c` opens no note.
    static func closingQuote(of c: Character) -> Character? {
        switch c {
        case "\"": "\""
        case "«": "»"
        case "“": "”"
        case "„": "“"
        default: nil
        }
    }

    func isDigit(at position: Int) -> Bool {
        position < characters.count && characters[position].isASCII && characters[position].isNumber
    }
}

/// The messages raised in this file.
private extension ScheduleLexer {
    static func unterminatedQuoteMessage(closing: Character) -> String {
        "unterminated quoted note: expected a closing \(closing)"
    }
}
