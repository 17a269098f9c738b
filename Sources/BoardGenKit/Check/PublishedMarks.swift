/// The machine-readable marks (`data-item="contact:it-phone"`) found in generated HTML: what was
/// actually published, whatever the templates did, so a template edit that drops an item is caught.
struct PublishedMarks: Sendable {
    /// One occurrence of a mark: the page and the HTML that follows it up to the next mark.
    struct Occurrence: Sendable {
        var page: String
        /// The UTF-8 bytes from the mark to the next one.
        var segment: ArraySlice<UInt8>
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
            for (item, found) in marks.occurrences {
                occurrences[item, default: []].append(contentsOf: found)  // in place: merging copies grew quadratically
            }
        }
    }

    private init(empty: Void) {}

    /// Where a page belongs: a board notice, or the website (board index and print pages excluded).
    static func place(of page: String) -> PublicationPolicy.Place? {
        guard page.hasPrefix("board/") else { return .site }
        return page == "board/index.html" || page == "board/print.html" ? nil : .board
    }

    /// The pages of a place where the item is marked and the segment contains every HTML fragment.
    /// `limit` stops the search early: the check needs one page, the report lists a few.
    func pages(showing item: String, in place: PublicationPolicy.Place, containing fragments: [String], limit: Int = .max) -> [String] {
        let needles = fragments.map { Array($0.utf8) }
        var found: Set<String> = []
        for occurrence in occurrences[item] ?? [] where found.count < limit && !found.contains(occurrence.page) {
            guard Self.place(of: occurrence.page) == place else { continue }
            if needles.allSatisfy({ ByteSearch.find($0, in: occurrence.segment, from: occurrence.segment.startIndex) != nil }) {
                found.insert(occurrence.page)
            }
        }
        return found.sorted()
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
        while let found = ByteSearch.find(marker, in: bytes, from: index) {
            let valueStart = found + marker.count
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            starts.append((String(decoding: bytes[valueStart..<close], as: UTF8.self), found, close))
            index = close
        }
        for (position, start) in starts.enumerated() {
            let nextMark = position + 1 < starts.count ? starts[position + 1].markStart : bytes.count
            var end = start.item.hasPrefix("timetable:")
                ? (ByteSearch.find(tableEnd, in: bytes, from: start.valueEnd).map { $0 + tableEnd.count } ?? bytes.count)
                : min(nextMark, start.valueEnd + 4000)
            end = min(max(end, start.valueEnd), bytes.count)
            occurrences[start.item, default: []].append(Occurrence(page: page, segment: bytes[start.valueEnd..<end]))
        }
    }

}
