/// A page of the board as Chromium prints it to PDF (A4, no header or footer): the text of each
/// sheet, in order.
package struct PrintedPage: Sendable, Hashable {
    /// The page's path in the output (`board/print.html`).
    package var page: String
    /// Each sheet's text as `pdftotext` extracts it.
    package var sheets: [String]
    /// Each sheet's text without white space, for searching.
    private let squeezedSheets: [String]

    /// Makes a printed page.
    package init(page: String, sheets: [String]) {
        self.page = page
        self.sheets = sheets
        self.squeezedSheets = sheets.map(Self.squeezed)
    }

    /// The index of the first sheet whose text holds every one of `texts`, white space ignored
    /// (a value that wraps onto a second line is still found); nil when no sheet holds them all.
    package func sheet(showing texts: [String]) -> Int? {
        squeezedSheets.indices.first { sheet($0, shows: texts) }
    }

    /// True when the sheet at `index` holds every one of `texts`, white space ignored.
    package func sheet(_ index: Int, shows texts: [String]) -> Bool {
        let wanted = texts.map(Self.squeezed).filter { !$0.isEmpty }
        return squeezedSheets.indices.contains(index) && wanted.allSatisfy { squeezedSheets[index].contains($0) }
    }

    /// Text without any white space.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
