import BoardGenDiagnostics
import BoardGenSupport

/// Splits a Markdown file into YAML front matter (between `---` lines) and body.
package struct FrontMatter {
    /// The YAML text.
    package var yaml: String
    /// The Markdown body.
    package var body: String
    /// The 1-based line where the body starts.
    package var bodyFirstLine: Int

    /// Splits the text, or returns the diagnostic saying why it cannot.
    package static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        var lines = LineScanner(text)
        guard let first = lines.next(), isFence(first.text) else {
            return .failure(
                Diagnostic(
                    .frontMatter,
                    "a regulation must start with front matter: a line '---', YAML keys (title, approval, …), and another '---'",
                    at: SourceLocation(file: path)))
        }
        var lineNumber = 1
        // Only the front matter is walked line by line; the body is taken as one slice.
        while let line = lines.next() {
            lineNumber += 1
            guard isFence(line.text) else { continue }
            // Between the line break ending the opening fence and the one before the closing fence
            // (UTF-8 index steps: the line breaks are single bytes).
            let utf8 = text.utf8
            let yamlStart = utf8.index(after: first.end), yamlEnd = utf8.index(before: line.start)
            let yaml = yamlStart < yamlEnd ? String(text[yamlStart..<yamlEnd]) : ""
            let body = line.end < text.endIndex ? String(text[utf8.index(after: line.end)...]) : ""
            return .success(FrontMatter(yaml: yaml, body: body, bodyFirstLine: lineNumber + 1))
        }
        return .failure(
            Diagnostic(
                .frontMatter,
                "the front matter opened on line 1 never closes; add a line '---' after the last YAML key",
                at: SourceLocation(file: path)))
    }

    private static func isFence(_ line: Substring) -> Bool {
        // "---" with optional spaces or tabs around it, compared byte by byte (this runs per line).
        let isBlank: (UInt8) -> Bool = {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
        }
        let bytes = line.utf8.drop(while: isBlank).reversed().drop(while: isBlank)
        return bytes.count == 3 && bytes.allSatisfy { $0 == UInt8(ascii: "-") }
    }
}

/// The lines of a text, found by scanning its UTF-8 bytes for newlines.
struct LineScanner: IteratorProtocol {
    struct Line {
        package var text: Substring
        var start: String.Index
        var end: String.Index
    }

    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        self.position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let utf8 = text.utf8
        let end = utf8[position...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
        let line = Line(text: text[position..<end], start: position, end: end)
        position = end < text.endIndex ? text.index(after: end) : text.endIndex
        return line
    }
}
