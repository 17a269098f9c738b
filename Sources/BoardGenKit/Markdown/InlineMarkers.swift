import Foundation

/// Inline data markers inside Markdown text: `[[contact ID]]` puts a channel's value into a
/// sentence ("позвонить по телефону [[contact it-phone]]"), and `[[пропуск]]` marks a blank the
/// original document left. Markers become private-use placeholders before cmark runs and our own
/// HTML after it, so content still cannot inject HTML.
struct InlineMarkers {
    /// A marker found in the text.
    struct Marker {
        var name: String
        var argument: String?
        var line: Int
        var column: Int
        var length: Int
    }

    private(set) var markers: [Marker] = []

    /// Replaces every marker with a placeholder that survives Markdown rendering as plain text.
    mutating func extract(from markdown: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"\[\[\s*([^\]\s]+)(?:\s+([^\]]*?))?\s*\]\]"#)
        var result = ""
        var lineNumber = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = String(line)
            var cursor = text.startIndex
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = Range(match.range, in: text)!
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let argument = Range(match.range(at: 2), in: text).map { String(text[$0]) }
                let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                let length = text.distance(from: range.lowerBound, to: range.upperBound)
                result += text[cursor..<range.lowerBound] + Self.placeholder(markers.count, length: length)
                markers.append(Marker(name: name, argument: argument, line: lineNumber, column: column, length: length))
                cursor = range.upperBound
            }
            result += text[cursor...] + "\n"
        }
        return String(result.dropLast())
    }

    /// Puts the HTML for each marker where its placeholder landed in the rendered HTML.
    func restore(in html: String, render: (Marker) -> String) -> String {
        var output = html
        for (index, marker) in markers.enumerated() {
            output = output.replacingOccurrences(of: Self.placeholder(index, length: marker.length), with: render(marker))
        }
        return output
    }

    /// As long as the marker it replaces, so cmark's columns still match the source.
    private static func placeholder(_ index: Int, length: Int) -> String {
        let core = "\u{E000}bg\(index)"
        return core + String(repeating: "\u{E001}", count: max(length - core.count, 1))
    }
}
