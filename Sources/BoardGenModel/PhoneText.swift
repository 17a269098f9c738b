import BoardGenSupport

/// A phone channel's value as the school wrote it, read into the numbers it holds and the text
/// around them: `8 (3452) 12-34-56, 12-34-57 (бухгалтерия)` is two numbers, a comma and a note.
/// Joined in order, the pieces' texts are what is displayed; only the numbers are links.
package struct PhoneText: Sendable, Hashable {
    /// One stretch of the value.
    package enum Piece: Sendable, Hashable {
        /// Text kept as written: separators, notes, words (`, `, ` (звонок бесплатный)`, `тел.`).
        case text(String)
        /// A number with its extension.
        case number(PhoneNumber)
    }

    /// The value, in order.
    package var pieces: [Piece]

    /// The numbers, in order.
    package var numbers: [PhoneNumber] {
        pieces.compactMap { piece in
            if case .number(let number) = piece { return number }
            return nil
        }
    }

    /// Reads a value; nil when it holds no phone number (a group of 5 or more digits) at all.
    package init?(_ raw: String) {
        var reader = PhoneTextReader(raw)
        reader.read()
        guard reader.pieces.contains(where: { if case .number = $0 { true } else { false } }) else { return nil }
        pieces = reader.pieces
    }

    /// Makes a value from its pieces.
    package init(pieces: [Piece]) {
        self.pieces = pieces
    }
}

/// Reads a phone value left to right: numbers (with their extensions), parenthesised notes, and
/// any other text, which is kept as written.
struct PhoneTextReader {
    let characters: [Character]
    var position = 0
    private(set) var pieces: [PhoneText.Piece] = []
    /// Text read since the last number, not yet a piece.
    var pendingText = ""
    /// The last complete number: a later short number may share its area code.
    var lastComplete: PhoneNumber?

    /// For each `(`, the index of the `)` that closes it (unclosed ones are absent).
    let closing: [Int: Int]

    init(_ raw: String) {
        characters = Array(raw)
        var open: [Int] = []
        var closing: [Int: Int] = [:]
        for (index, character) in characters.enumerated() {
            if character == "(" { open.append(index) }
            if character == ")", let start = open.popLast() { closing[start] = index }
        }
        self.closing = closing
    }

    /// Reads the whole value into `pieces`.
    mutating func read() {
        while position < characters.count {
            if let end = numberEnd(from: position) {
                readNumber(to: end)
            } else if characters[position] == "(", let close = closing[position] {
                pendingText += String(characters[position...close])
                position = close + 1
            } else {
                pendingText.append(characters[position])
                position += 1
            }
        }
        flushText()
    }

    /// Appends the number written up to `end` (shorter digit groups stay text), with its extension.
    mutating func readNumber(to end: Int) {
        let written = String(characters[position..<end])
        let digits = written.filter(\.isASCIIDigit)
        guard digits.count >= 5 else {
            pendingText += written
            position = end
            return
        }
        var (reading, areaCode) = PhoneNumber.read(written)
        if case .local = reading, let shared = sharedReading(of: digits) {
            // It shares the area code, and passes it on: `12-34-56, 12-34-57, 12-34-58`.
            (reading, areaCode) = (shared, lastComplete?.areaCode)
        }
        var number = PhoneNumber(written: written, offset: position, reading: reading, areaCode: areaCode)
        position = end
        if let (extensionEnd, extensionDigits) = extensionAfter(end, bareAllowed: number.national != nil) {
            number.extensionWritten = String(characters[end..<extensionEnd])
            number.extensionDigits = extensionDigits
            position = extensionEnd
        }
        flushText()
        pieces.append(.number(number))
        if number.national != nil { lastComplete = number }
    }

    /// A local number completed with the area code of the last complete number: when that number
    /// wrote its area code in parentheses and the two make 10 digits (`8 (3452) 12-34-56, 12-34-57`),
    /// or when only a separator stands between them and the local number has 7 digits
    /// (`+7 912 345-67-89, 345-67-90`).
    func sharedReading(of digits: String) -> PhoneNumber.Reading? {
        guard let previous = lastComplete, let national = previous.national else { return nil }
        if let code = previous.areaCode {
            return PhoneNumber.completing(digits, areaCodeOf: national, length: code.count)
        }
        let separator = pendingText.trimmedSpaces
        guard digits.count == 7, ["", ",", ";", "/", "или", "и"].contains(separator) else { return nil }
        return PhoneNumber.completing(digits, areaCodeOf: national, length: 3)
    }

    mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        if case .text(let previous) = pieces.last {
            pieces[pieces.count - 1] = .text(previous + pendingText)
        } else {
            pieces.append(.text(pendingText))
        }
        pendingText = ""
    }
}
