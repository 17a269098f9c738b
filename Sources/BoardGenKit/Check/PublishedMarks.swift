/// The machine-readable marks (`data-item="contact:it-phone"`) found in generated HTML: what was
/// actually published, whatever the templates did, so a template edit that drops an item is caught.
struct PublishedMarks {
    /// One occurrence of a mark: the page and the HTML that follows it up to the next mark.
    struct Occurrence {
        var page: String
        var segment: Substring
    }

    private var occurrences: [String: [Occurrence]] = [:]

    /// Scans pages (relative path → HTML).
    init(pages: [String: String]) {
        for (path, html) in pages where path.hasSuffix(".html") {
            scan(html, page: path)
        }
    }

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
    mutating func scan(_ html: String, page: String) {
        let marker = "data-item=\""
        var searchStart = html.startIndex
        while let range = html.range(of: marker, range: searchStart..<html.endIndex) {
            guard let close = html[range.upperBound...].firstIndex(of: "\"") else { break }
            let item = String(html[range.upperBound..<close])
            let rest = html[close...]
            let next = item.hasPrefix("timetable:") ? rest.range(of: "</table>")?.upperBound : rest.range(of: marker)?.lowerBound
            let end = next ?? rest.index(rest.startIndex, offsetBy: min(4000, rest.count))
            occurrences[item, default: []].append(Occurrence(page: page, segment: html[close..<end]))
            searchStart = close
        }
    }
}
