/// The machine-readable marks (`data-item="contact:it-phone"`) found in generated HTML: what was
/// actually published, whatever the templates did, so a template edit that drops an item is caught.
struct PublishedMarks: Sendable {
    /// One occurrence of a mark: the page and the HTML that follows it up to the next mark.
    struct Occurrence: Sendable {
        var page: String
        var segment: Substring
    }

    private var occurrences: [String: [Occurrence]] = [:]

    /// Scans pages (relative path → HTML), on all cores.
    init(pages: [String: String]) {
        let html = pages.filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
        let scanned = html.parallelMap { page -> PublishedMarks in
            var marks = PublishedMarks(empty: ())
            marks.scan(page.value, page: page.key)
            return marks
        }
        for marks in scanned {
            occurrences.merge(marks.occurrences) { $0 + $1 }
        }
    }

    private init(empty: Void) {}

    /// Where a page belongs: a board notice, or the website (board index and print pages excluded).
    static func place(of page: String) -> PublicationPolicy.Place? {
        guard page.hasPrefix("board/") else { return .site }
        return page == "board/index.html" || page == "board/print.html" ? nil : .board
    }

    /// The pages of a place where the item is marked and the segment contains every HTML fragment.
    func pages(showing item: String, in place: PublicationPolicy.Place, containing fragments: [String]) -> [String] {
        let pages = (occurrences[item] ?? []).filter { occurrence in
            Self.place(of: occurrence.page) == place && fragments.allSatisfy { occurrence.segment.contains($0) }
        }.map(\.page)
        return Array(Set(pages)).sorted()
    }

    /// True when the mark itself is present in a place, whatever follows it.
    func isMarked(_ item: String, in place: PublicationPolicy.Place) -> Bool {
        (occurrences[item] ?? []).contains { Self.place(of: $0.page) == place }
    }

    /// HTML-escapes text the way Mustache does, to find rendered values.
    static func escape(_ text: String) -> String { text.htmlEscaped }
}

private extension PublishedMarks {
    /// Finds `data-item="…"` by scanning UTF-8 bytes; each segment runs to the next mark
    /// (a timetable's to the end of its table, which holds its people's marks).
    mutating func scan(_ html: String, page: String) {
        let bytes = Array(html.utf8)
        let marker = Array("data-item=\"".utf8)
        let tableEnd = Array("</table>".utf8)
        var starts: [(item: String, markStart: Int, valueEnd: Int)] = []
        var index = 0
        while let found = Self.find(marker, in: bytes, from: index) {
            let valueStart = found + marker.count
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            starts.append((String(decoding: bytes[valueStart..<close], as: UTF8.self), found, close))
            index = close
        }
        for (position, start) in starts.enumerated() {
            let nextMark = position + 1 < starts.count ? starts[position + 1].markStart : bytes.count
            var end = start.item.hasPrefix("timetable:")
                ? (Self.find(tableEnd, in: bytes, from: start.valueEnd).map { $0 + tableEnd.count } ?? bytes.count)
                : min(nextMark, start.valueEnd + 4000)
            end = min(max(end, start.valueEnd), bytes.count)
            let segment = String(decoding: bytes[start.valueEnd..<end], as: UTF8.self)
            occurrences[start.item, default: []].append(Occurrence(page: page, segment: Substring(segment)))
        }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let candidate = bytes[index...].firstIndex(of: first), candidate + needle.count <= bytes.count else { return nil }
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
