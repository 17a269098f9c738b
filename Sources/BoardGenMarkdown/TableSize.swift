/// An upper bound on the cells of the Markdown tables in a text, taken in one pass over its bytes
/// before cmark-gfm parses it. cmark-gfm fills every row of a table up to the header's column
/// count, so a header of 20,000 columns over 200,000 short lines asks for billions of cells; the
/// library's version in Debian 12 (0.29.0.gfm.6) has no limit of its own, and a 480 KB text made
/// the parse run for minutes. A regulation's tables hold a few thousand cells at most.
enum TableSize {
    /// The most cells the tables of one text may have together.
    static let maximumCells = 100_000

    /// The first line (the header row above its delimiter row `|---|:-:|`) of the table at which
    /// the tables so far could exceed `maximumCells`, and that bound; nil when the text is within it.
    ///
    /// A table region starts at a delimiter row and ends at a blank line, as a table does; its
    /// bound is the widest delimiter row in it times its lines plus the header. Lines that only
    /// look like delimiter rows (in a code block) make the bound larger, never smaller.
    static func firstOversized(in markdown: String) -> (line: Int, cells: Int)? {
        var markdown = markdown
        return markdown.withUTF8 { bytes -> (line: Int, cells: Int)? in
            var total = 0, line = 0, start = 0
            var region: Region? = nil
            while start <= bytes.count {
                line += 1
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if isBlank(text) {
                    region = nil
                } else if let columns = delimiterColumns(text) {
                    if region == nil { region = Region(line: line) }
                    total += region!.add(rowOf: columns)
                } else if region != nil {
                    total += region!.add(rowOf: 0)
                }
                if total > maximumCells, let region { return (max(region.line - 1, 1), total) }
                start = end + 1
            }
            return nil
        }
    }

    /// The lines from a delimiter row to the next blank line, with the header line above it.
    struct Region {
        /// The line of the region's first delimiter row.
        let line: Int
        var columns = 0
        var rows = 1

        /// Adds a line (a delimiter row of `columns` cells, or 0 for any other line); returns how
        /// much the region's bound, `columns × rows`, grew.
        mutating func add(rowOf columns: Int) -> Int {
            let wider = max(columns - self.columns, 0)
            self.columns += wider
            rows += 1
            return wider * (rows - 1) + self.columns
        }
    }

    /// True for a line of spaces and tabs only.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// The number of cells of a line made of `|`, `-`, `:`, spaces (and `>` of a quote) with at
    /// least one pipe: the cells that hold a `-`. Nil for any other line.
    static func delimiterColumns(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var columns = 0, pipes = 0, cellHasDash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"):
                pipes += 1
                if cellHasDash { columns += 1 }
                cellHasDash = false
            case UInt8(ascii: "-"): cellHasDash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: "\r"): break
            default: return nil
            }
        }
        if cellHasDash { columns += 1 }
        return pipes > 0 && columns > 0 ? columns : nil
    }
}
