import BoardGenSupport

/// Inline data markers inside Markdown text: `[[contact ID]]` puts a channel's value into a
/// sentence ("позвонить по телефону [[contact it-phone]]"), and `[[пропуск]]` marks a blank the
/// original document left. Markers become private-use placeholders before cmark runs and our own
/// HTML after it, so content still cannot inject HTML. Both passes scan UTF-8 bytes once.
package struct InlineMarkers {
    /// A marker found in the text.
    package struct Marker {
        package var name: String
        package var argument: String?
        package var line: Int
        package var column: Int
        var length: Int
    }

    private(set) var markers: [Marker] = []

    /// U+E000 and U+E001 in UTF-8: the placeholder's first and filler characters.
    private static let placeholderStart: [UInt8] = [0xEE, 0x80, 0x80]
    private static let placeholderFill: [UInt8] = [0xEE, 0x80, 0x81]
    private static let open = UInt8(ascii: "["), close = UInt8(ascii: "]"), newline = UInt8(ascii: "\n")
    private static let opening: [UInt8] = [open, open]

    /// Replaces every marker with a placeholder of the same length in characters (so cmark's
    /// columns still match the source). A line of thousands of unmatched "[[" costs its length.
    package mutating func extract(from markdown: String) -> String {
        var markdown = markdown
        guard markdown.withUTF8({ ByteSearch.find(Self.opening, in: $0) != nil }) else { return markdown }
        return markdown.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 64)
            var line = 1, lineStart = 0, copied = 0, search = 0
            while let index = ByteSearch.find(Self.opening, in: bytes, from: search) {
                (line, lineStart) = Self.advanceLines(bytes, from: search, to: index, line: line, lineStart: lineStart)
                guard let end = markerEnd(bytes, from: index + 2) else {
                    search = index + 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                record(bytes, from: index, to: end, line: line, lineStart: lineStart, into: &output)
                copied = end
                search = end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Puts the HTML for each marker where its placeholder landed in the rendered HTML. The text
    /// between placeholders is copied in whole runs (found with `memchr`), not byte by byte.
    package func restore(in html: String, render: (Marker) -> String) -> String {
        guard !markers.isEmpty else { return html }
        var html = html
        return html.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 256)
            var copied = 0
            var search = 0
            while let index = ByteSearch.find(Self.placeholderStart, in: bytes, from: search) {
                guard let (number, end) = placeholderNumber(bytes, at: index + 3), markers.indices.contains(number)
                else {
                    search = index + 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output.append(contentsOf: render(markers[number]).utf8)
                copied = end
                search = end
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Makes a value from all its stored fields (the memberwise initializer, for the whole package).
    package init(
        markers: [Marker] = []
    ) {
        self.markers = markers
    }
}

private extension InlineMarkers {
    /// The line number and line start at `end`, counting the line breaks from `start` on.
    static func advanceLines(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int, lineStart: Int
    ) -> (Int, Int) {
        var line = line, lineStart = lineStart
        for index in start..<end where bytes[index] == newline {
            line += 1
            lineStart = index + 1
        }
        return (line, lineStart)
    }

    /// The index just past "]]" when a marker closes within 120 bytes on the same line.
    func markerEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 1 < min(bytes.count, start + 120) {
            switch bytes[index] {
            case Self.newline, Self.open: return nil
            case Self.close where bytes[index + 1] == Self.close: return index + 2
            default: index += 1
            }
        }
        return nil
    }

    /// Records the marker bytes[from..<to] and writes its placeholder.
    mutating func record(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, line: Int, lineStart: Int,
        into output: inout [UInt8]
    ) {
        let inner = String(decoding: bytes[(start + 2)..<(end - 2)], as: UTF8.self)
        let words = inner.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else {
            output.append(contentsOf: bytes[start..<end])
            return
        }
        let length = String(decoding: bytes[start..<end], as: UTF8.self).count
        let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
        markers.append(
            Marker(
                name: name, argument: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil,
                line: line, column: column, length: length))
        let digits = Array(String(markers.count - 1).utf8)
        output.append(contentsOf: Self.placeholderStart + Array("bg".utf8) + digits)
        for _ in 0..<max(length - 3 - digits.count, 1) { output.append(contentsOf: Self.placeholderFill) }
    }

    /// The marker number after "\u{E000}" and the index past its filler characters.
    func placeholderNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int)? {
        guard start + 2 < bytes.count, bytes[start] == UInt8(ascii: "b"), bytes[start + 1] == UInt8(ascii: "g") else {
            return nil
        }
        var index = start + 2
        var number = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start + 2 else { return nil }
        while index < bytes.count, bytes[index...].starts(with: Self.placeholderFill) { index += 3 }
        return (number, index)
    }
}
