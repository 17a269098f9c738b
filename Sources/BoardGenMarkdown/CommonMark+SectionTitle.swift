/// The plain-text rules of a section title (`CommonMark.isSectionTitle`): its ends trimmed as Foundation trims
/// `.whitespaces`, its length in characters counted only up to the limit.
extension CommonMark {
    /// The text without the white space `CharacterSet.whitespaces` holds at its ends, trimmed without Foundation:
    /// this runs for every numbered line of every regulation. The set is Foundation's on Linux (CoreFoundation's
    /// table): the space separators, the tab and U+200B, which Unicode has not called a space since 4.0.1.
    static func trimmingSpaces(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return text[first...last]
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension Substring {
    /// True when the text has more than `limit` characters, counted only as far as needed.
    func hasMore(than limit: Int) -> Bool {
        var count = 0
        for _ in self {
            count += 1
            if count > limit { return true }
        }
        return false
    }
}
