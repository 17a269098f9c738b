import BoardGenDiagnostics

/// The lines of a text document as blocks: each non-empty line a paragraph, a numbered line an
/// item with its number as written, tab-separated lines a table, `**…**` spanning lines one bold
/// block, a line that begins with a superscript mark a footnote.
struct TextLines {
    let path: String
    let text: String

    func blocks() -> [SourceBlock] {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [SourceBlock] = []
        var index = 0
        while index < lines.count {
            let number = index + 1
            var line = lines[index]
            index += 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if line.contains("\t") {
                appendRow(line, at: number, to: &blocks)
                continue
            }
            var isBold = false
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("**"),
                line.components(separatedBy: "**").count % 2 == 0
            {
                while index < lines.count, !lines[index].contains("**") {
                    line += " " + lines[index].trimmingCharacters(in: .whitespaces)
                    index += 1
                }
                if index < lines.count {
                    line += " " + lines[index].trimmingCharacters(in: .whitespaces)
                    index += 1
                }
                isBold = true
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            isBold = isBold || (trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && trimmed.count > 4)
            blocks.append(block(cleaned(line), isBold: isBold, at: number))
        }
        return blocks
    }
}

private extension TextLines {
    func location(_ line: Int) -> SourceLocation { SourceLocation(file: path, line: line) }

    func appendRow(_ line: String, at number: Int, to blocks: inout [SourceBlock]) {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            .map { cleaned(String($0)).trimmingCharacters(in: .whitespaces) }
        if let last = blocks.last, case let .table(rows) = last.kind, last.location.line + rows.count == number {
            blocks[blocks.count - 1].kind = .table(rows: rows + [cells])
        } else {
            blocks.append(SourceBlock(.table(rows: [cells]), text: "", at: location(number)))
        }
    }

    /// The block for one line (or one joined bold run).
    func block(_ line: String, isBold: Bool, at number: Int) -> SourceBlock {
        let indent = line.prefix { $0 == " " }.count
        return LineClassifier.block(
            line.trimmingCharacters(in: .whitespaces), isBold: isBold, indent: indent, at: location(number))
    }

    /// The line without Markdown bold markers and with `^{2 3}` written as superscripts.
    func cleaned(_ line: String) -> String {
        var result = line.replacingOccurrences(of: "**", with: "")
        result = result.replacing(/\^\{([0-9 ]+)\}/) { match in
            match.output.1.split(separator: " ").map { Superscript.make(String($0)) }.joined(separator: " ")
        }
        return result.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
