import BoardGenDiagnostics

/// One block of a school's document as import reads it, whatever the file's format: a paragraph,
/// a heading, a list item with its number as the document shows it, a table, or a footnote.
package struct SourceBlock: Sendable, Hashable {
    /// What the block is.
    package enum Kind: Sendable, Hashable {
        /// A paragraph (one line of a .txt file, one paragraph of a Word document).
        case paragraph
        /// A heading of a styled document (level 1–6).
        case heading(level: Int)
        /// A list item: `marker` is its number as the reader sees it ("2.4.", "а)") or "-" for a bullet.
        case item(marker: String, depth: Int)
        /// A table: rows of cell texts, the first row being the header when the document marks one.
        case table(rows: [[String]])
        /// A footnote's text, with its mark ("²").
        case footnote(mark: String)
    }

    /// What the block is.
    package var kind: Kind
    /// Its text, without list markers; lines of one paragraph are separated by "\n".
    package var text: String
    /// The whole block is bold (a title, a heading written as bold text).
    package var isBold: Bool
    /// Where it starts: the line of a text file, the paragraph number of a converted document.
    package var location: SourceLocation

    /// Makes a block.
    package init(_ kind: Kind, text: String, isBold: Bool = false, at location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.isBold = isBold
        self.location = location
    }

    /// The rule number a numbered block carries ("1.", "2.4.", "1.1 2.4."), or nil.
    package var ruleNumber: String? {
        if case let .item(marker, _) = kind, marker != "-" { return marker }
        return nil
    }

    /// True for a bullet item.
    package var isBullet: Bool {
        if case let .item(marker, _) = kind { return marker == "-" }
        return false
    }

    /// True for a table.
    package var isTable: Bool {
        if case .table = kind { return true }
        return false
    }
}

/// A document read into blocks, with how it was read.
package struct SourceDocument: Sendable {
    /// The path as given on the command line.
    package var path: String
    /// The blocks in document order (footnotes last).
    package var blocks: [SourceBlock]
    /// "строка" for text files (locations are lines), "абзац" for converted documents (paragraphs).
    package var unit: LocationUnit
    /// Notes about the reading (an encoding converted), as diagnostics.
    package var notes: [Diagnostic]

    /// What a location's line number counts.
    package enum LocationUnit: Sendable {
        case line, paragraph

        /// The Russian word for the report.
        package var word: String {
            switch self {
            case .line: "строка"
            case .paragraph: "абзац"
            }
        }
    }
}
