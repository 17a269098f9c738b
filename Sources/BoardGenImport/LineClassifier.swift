import BoardGenDiagnostics

/// What a line of text is when the document typed its structure by hand (a .txt file, or a Word
/// paragraph without automatic numbering): "2.4. …" a numbered rule, "- …" a bullet, "² …" a footnote.
enum LineClassifier {
    static func block(_ text: String, isBold: Bool, indent: Int, at location: SourceLocation) -> SourceBlock {
        if let first = text.first, Superscript.isMark(first) {
            let mark = String(text.prefix { Superscript.isMark($0) })
            let rest = text.dropFirst(mark.count).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return SourceBlock(.footnote(mark: mark), text: rest, at: location) }
        }
        if let match = text.firstMatch(of: bullet) {
            return SourceBlock(
                .item(marker: "-", depth: indent > 0 ? 1 : 0), text: String(match.output.1), at: location)
        }
        if let match = text.firstMatch(of: numbered) {
            return SourceBlock(
                .item(marker: String(match.output.1), depth: 0), text: String(match.output.2), isBold: isBold,
                at: location)
        }
        return SourceBlock(.paragraph, text: text, isBold: isBold, at: location)
    }

    /// "- text", "-text", "• text" (a dash followed by a letter or a quote, not a number).
    static var bullet: Regex<(Substring, Substring)> { /^[-–—•·]\s*([«"A-Za-zА-Яа-яЁё].*)$/ }
    /// "1.", "1.1.", "2.4)", "1.1 2.4." (odd numbering kept), "а)" — then the text.
    static var numbered: Regex<(Substring, Substring, Substring)> {
        /^((?:\d{1,3}(?:\.\d{1,3})*[.)](?:\s+\d{1,3}(?:\.\d{1,3})*[.)])*)|\d{1,3}(?:\.\d{1,3})+(?:\s+\d{1,3}(?:\.\d{1,3})*\.)*|[а-яa-z]\))\s+(\S.*)$/
    }
}
