/// Where numbers, extensions and parenthesised notes begin and end in a phone value.
extension PhoneTextReader {
    /// The end (exclusive) of the number that starts at `start`: digits, an optional leading `+`,
    /// one pair of parentheses around digits, and separators (spaces, hyphens and dashes, dots
    /// between digits) that lead on to more of the number. Nil when no number starts there.
    func numberEnd(from start: Int) -> Int? {
        guard startsNumber(at: start) else { return nil }
        var index = characters[start] == "+" ? start + 1 : start
        var end = start
        var isOpen = false
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit {
                index += 1
                end = index
            } else if character == "(", !isOpen, nextSignificant(after: index)?.isASCIIDigit == true {
                isOpen = true
                index += 1
            } else if character == ")", isOpen {
                isOpen = false
                index += 1
                end = index
            } else if isSeparator(at: index) {
                // Jump over the whole run of separators, so that a long run is read once.
                let next = afterSeparators(from: index)
                guard leadsOn(at: next, isOpen: isOpen) else { break }
                index = next
            } else {
                break
            }
        }
        return end > start ? end : nil
    }

    /// The extension right after a number (`доб. 12`, `доб.12`, `(доб. 12)`, `вн. 12`, `внутр. 12`,
    /// `ext. 12`, `#12`, or `, 12` after a complete number when nothing number-like follows):
    /// where it ends and its digits.
    func extensionAfter(_ end: Int, bareAllowed: Bool) -> (end: Int, digits: String)? {
        var index = skippingSpaces(from: end)
        let hasComma = index < characters.count && characters[index] == ","
        if hasComma { index = skippingSpaces(from: index + 1) }
        let isBracketed = index < characters.count && characters[index] == "("
        if isBracketed { index = skippingSpaces(from: index + 1) }
        let marker = markerEnd(at: index)
        guard marker != nil || (hasComma && !isBracketed && bareAllowed) else { return nil }
        index = marker.map { skippingSpaces(from: $0) } ?? index
        let digitsStart = index
        while index < characters.count, characters[index].isASCIIDigit { index += 1 }
        let digits = String(characters[digitsStart..<index])
        guard (1...6).contains(digits.count) else { return nil }
        if isBracketed {
            let close = skippingSpaces(from: index)
            guard close < characters.count, characters[close] == ")" else { return nil }
            return (close + 1, digits)
        }
        if marker == nil, digits.count > 4 || continuesAsNumber(digitsStart, digitsEnd: index) { return nil }
        return (index, digits)
    }
}

private extension PhoneTextReader {
    /// The extension markers, longest first; a word marker must not run on into a longer word.
    static let markers = ["добавочный", "внутренний", "доб", "внутр", "вн", "ext", "#"]

    /// A digit; a `+` or `(` followed by the number.
    func startsNumber(at index: Int) -> Bool {
        if index > 0, characters[index - 1].isASCIIDigit { return false }
        switch characters[index] {
        case "+":
            guard let next = nextSignificant(after: index) else { return false }
            return next.isASCIIDigit || next == "("
        case "(": return nextSignificant(after: index)?.isASCIIDigit == true
        default: return characters[index].isASCIIDigit
        }
    }

    /// Spaces (also non-breaking and thin), hyphens and dashes, and a dot between two digits.
    func isSeparator(at index: Int) -> Bool {
        let character = characters[index]
        if character == "." {
            return index > 0 && characters[index - 1].isASCIIDigit && index + 1 < characters.count
                && characters[index + 1].isASCIIDigit
        }
        return Self.isSpace(character) || "-\u{2010}\u{2011}\u{2012}\u{2013}\u{2212}".contains(character)
    }

    static func isSpace(_ character: Character) -> Bool {
        " \u{00A0}\u{2007}\u{2009}\u{202F}".contains(character)
    }

    /// True when the character at `index` (after separators) continues the number: a digit, an
    /// opening parenthesis before digits, or the closing parenthesis of an open one.
    func leadsOn(at index: Int, isOpen: Bool) -> Bool {
        guard index < characters.count else { return false }
        switch characters[index] {
        case ")": return isOpen
        case "(": return !isOpen && nextSignificant(after: index)?.isASCIIDigit == true
        default: return characters[index].isASCIIDigit
        }
    }

    /// True when the digits after a comma go on as a number of their own: more digits after a
    /// separator, or an area code in parentheses (", 8 (4012) 72-16-81" is the next number, not
    /// extension 8 of the first).
    func continuesAsNumber(_ digitsStart: Int, digitsEnd: Int) -> Bool {
        if nextSignificant(after: digitsEnd - 1)?.isASCIIDigit == true { return true }
        return (numberEnd(from: digitsStart) ?? digitsEnd) > digitsEnd
    }

    /// The first index at or after `index` that is not a separator.
    func afterSeparators(from index: Int) -> Int {
        var next = index
        while next < characters.count, isSeparator(at: next) { next += 1 }
        return next
    }

    /// The first character after `index` that is not a separator.
    func nextSignificant(after index: Int) -> Character? {
        let next = afterSeparators(from: index + 1)
        return next < characters.count ? characters[next] : nil
    }

    func skippingSpaces(from index: Int) -> Int {
        var next = index
        while next < characters.count, Self.isSpace(characters[next]) { next += 1 }
        return next
    }

    /// The end of an extension marker at `index` (with its dot or colon), if one is there.
    func markerEnd(at index: Int) -> Int? {
        for marker in Self.markers {
            let end = index + marker.count
            guard end <= characters.count,
                String(characters[index..<end]).lowercased() == marker,
                marker == "#" || end == characters.count || !characters[end].isLetter
            else { continue }
            var after = end
            while after < characters.count, characters[after] == "." || characters[after] == ":" { after += 1 }
            return after
        }
        return nil
    }
}
