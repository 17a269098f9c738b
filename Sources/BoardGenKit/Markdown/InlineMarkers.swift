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
    /// A linear scan: a line of thousands of unmatched "[[" costs no more than its length.
    mutating func extract(from markdown: String) -> String {
        guard markdown.utf8.contains(UInt8(ascii: "[")), markdown.contains("[[") else { return markdown }
        var result = ""
        var lineNumber = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains("[[") else {
                result += line + "\n"
                continue
            }
            var cursor = line.startIndex
            var searchFrom = line.startIndex
            while let open = line[searchFrom...].range(of: "[[") {
                let limit = line.index(open.upperBound, offsetBy: 120, limitedBy: line.endIndex) ?? line.endIndex
                guard let close = line[open.upperBound..<limit].range(of: "]]") else {
                    searchFrom = open.upperBound
                    continue
                }
                let inner = line[open.upperBound..<close.lowerBound]
                let words = inner.split(whereSeparator: \.isWhitespace)
                guard let name = words.first, !inner.contains("[") else {
                    searchFrom = open.upperBound
                    continue
                }
                let length = line.distance(from: open.lowerBound, to: close.upperBound)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                let argument = words.count > 1 ? words.dropFirst().joined(separator: " ") : nil
                result += line[cursor..<open.lowerBound] + Self.placeholder(markers.count, length: length)
                markers.append(Marker(name: String(name), argument: argument, line: lineNumber, column: column, length: length))
                cursor = close.upperBound
                searchFrom = close.upperBound
            }
            result += line[cursor...] + "\n"
        }
        return String(result.dropLast())
    }

    /// Puts the HTML for each marker where its placeholder landed in the rendered HTML, in one
    /// pass over the page (a search-and-replace per marker went through NSString every time).
    func restore(in html: String, render: (Marker) -> String) -> String {
        guard !markers.isEmpty else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "\u{E000}") {
            output += rest[..<start]
            let afterMark = rest.index(after: start)
            let digits = rest[afterMark...].dropFirst(2).prefix { $0.isASCIIDigit }
            guard rest[afterMark...].hasPrefix("bg"), let index = Int(digits), markers.indices.contains(index) else {
                output.append(rest[start])
                rest = rest[afterMark...]
                continue
            }
            output += render(markers[index])
            rest = rest[digits.endIndex...].drop { $0 == "\u{E001}" }
        }
        output += rest
        return output
    }

    /// As long as the marker it replaces, so cmark's columns still match the source.
    private static func placeholder(_ index: Int, length: Int) -> String {
        let core = "\u{E000}bg\(index)"
        return core + String(repeating: "\u{E001}", count: max(length - core.count, 1))
    }
}
