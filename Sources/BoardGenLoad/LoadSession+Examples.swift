import BoardGenDiagnostics
import Foundation

extension LoadSession {
    /// BG130: every YAML value whose line ends with the comment `# пример` (how `boardgen init`
    /// marks the values a school must replace), in a YAML file or a regulation's front matter.
    func reportExampleValues(in source: SourceText) {
        let isMarkdown = source.path.hasSuffix(".md")
        var inFrontMatter = false
        // Line by line without splitting the whole text first: a regulation stops at the end of its
        // front matter, and only a line with a '#' can hold the comment (checked on its bytes).
        var lines = LineScanner(source.text)
        var index = -1
        while let next = lines.next() {
            index += 1
            let line = next.text
            if isMarkdown {
                if line.utf8.containsFence, line.trimmingCharacters(in: .whitespaces) == "---" {
                    if index == 0 { inFrontMatter = true; continue }
                    if inFrontMatter { return }
                }
                guard inFrontMatter else { return }
            }
            guard line.utf8.contains(UInt8(ascii: "#")), let column = ExampleMarker.valueColumn(in: line) else {
                continue
            }
            let value = ExampleMarker.valueText(in: line)
            sink.report(
                .exampleValue,
                "'\(value)' is an example value from boardgen init; write the school's own value here and delete "
                    + "the comment '# пример' (or delete the item if the school has none)",
                at: SourceLocation(file: source.path, line: index + 1, column: column))
        }
    }
}

/// Reads one YAML line: its comment (outside quotes) and where its value starts.
enum ExampleMarker {
    /// The 1-based column of the value on a line whose comment starts with "пример"; nil otherwise
    /// (no such comment, or a comment alone on its line, which marks nothing).
    static func valueColumn(in line: Substring) -> Int? {
        guard let comment = commentStart(in: line) else { return nil }
        let text = line[line.index(after: comment)...].trimmingCharacters(in: .whitespaces).lowercased()
        guard text.hasPrefix("пример") else { return nil }
        let content = line[..<comment]
        guard content.contains(where: { !$0.isWhitespace }) else { return nil }
        return line.distance(from: line.startIndex, to: valueStart(in: content)) + 1
    }

    /// The value as written (before the comment, without the key).
    static func valueText(in line: Substring) -> String {
        guard let comment = commentStart(in: line) else { return String(line) }
        let content = line[..<comment]
        let value = content[valueStart(in: content)...].trimmingCharacters(in: .whitespaces)
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The `#` that starts a comment: at the line's start or after a blank, outside quotes.
    static func commentStart(in line: Substring) -> Substring.Index? {
        var quote: Character?
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let open = quote {
                if character == open && !(open == "\"" && previous == "\\") { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && previous.isWhitespace {
                return index
            }
            previous = character
            index = line.index(after: index)
        }
        return nil
    }

    /// After `key: ` (outside quotes) or a list's `- `, else the first non-blank character.
    static func valueStart(in content: Substring) -> Substring.Index {
        var index = content.firstIndex { !$0.isWhitespace } ?? content.startIndex
        if content[index...].hasPrefix("- ") { index = content.index(index, offsetBy: 2) }
        var quote: Character?
        var scan = index
        while scan < content.endIndex {
            let character = content[scan]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" || character == "{" || character == "[" {
                if character == "{" || character == "[" { break }
                quote = character
            } else if character == ":", content.index(after: scan) < content.endIndex,
                content[content.index(after: scan)].isWhitespace
            {
                index = content.index(after: scan)
                break
            }
            scan = content.index(after: scan)
        }
        return content[index...].firstIndex { !$0.isWhitespace } ?? index
    }
}

private extension Substring.UTF8View {
    /// True when the bytes hold "---": only such a line can be a front matter fence, so Foundation's
    /// trimming (slow per line) runs for no other.
    var containsFence: Bool {
        var run = 0
        for byte in self {
            run = byte == UInt8(ascii: "-") ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }
}
