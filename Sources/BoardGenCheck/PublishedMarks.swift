import BoardGenModel
import BoardGenSupport
import Foundation

/// The machine-readable marks (`data-item="contact:it-phone"`) found in generated HTML: what was
/// actually published, whatever the templates did, so a template edit that drops an item is caught.
///
/// Pages are added one at a time as they are rendered (or read), from several threads at once, and
/// judged right away against the queries the checker will ask, so no page is kept in memory.
/// `@unchecked Sendable`: the found marks are written under the class's own lock; the queries are
/// immutable after init.
package final class PublishedMarks: @unchecked Sendable {
    /// What the checker will ask: the pages where `item` is marked and the marked HTML contains every fragment.
    struct Query: Hashable, Sendable {
        package var item: String
        var fragments: [String]
    }

    /// How many pages (the first by path) are remembered per query and place.
    let listed: Int
    private let queries: [String: [(query: Query, needles: [[UInt8]])]]
    private let lock = NSLock()
    /// Query → place → the first `listed` pages (sorted) where it was found.
    private var found: [Query: [PublicationPolicy.Place: [String]]] = [:]
    /// Item → the places where its mark appears at all.
    private var marked: [String: Set<PublicationPolicy.Place>] = [:]

    /// A collector for these queries.
    init(queries: [Query], listed: Int) {
        self.listed = max(listed, 1)
        self.queries = Dictionary(grouping: Set(queries), by: \.item).mapValues { group in
            group.map { ($0, $0.fragments.map { Array($0.utf8) }) }
        }
    }

    /// Judges one generated file; anything but HTML (feeds, CSS) is ignored.
    package func add(page: String, contents: Data) {
        guard page.hasSuffix(".html"), let place = Self.place(of: page) else { return }
        var localFound: [Query] = []
        var localMarked: Set<String> = []
        contents.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            Self.forEachMark(in: bytes) { item, segment in
                localMarked.insert(item)
                for (query, needles) in queries[item] ?? [] where !localFound.contains(query) {
                    if needles.allSatisfy({ ByteSearch.find($0, in: segment) != nil }) { localFound.append(query) }
                }
            }
        }
        record(page: page, place: place, found: localFound, marked: localMarked)
    }

    /// Where a page belongs: a board notice, or the website (board index and print pages excluded).
    static func place(of page: String) -> PublicationPolicy.Place? {
        guard page.hasPrefix("board/") else { return .site }
        return page == "board/index.html" || page == "board/print.html" ? nil : .board
    }

    /// The first pages (by path, at most `limit`) of a place where the item is marked and its HTML
    /// contains every fragment. Only queries given to `init` can be answered.
    package func pages(
        showing item: String, in place: PublicationPolicy.Place, containing fragments: [String], limit: Int = .max
    ) -> [String] {
        let query = Query(item: item, fragments: fragments)
        assert(
            queries[item]?.contains { $0.query == query } == true, "PublishedMarks was not asked for \(query) up front")
        lock.lock()
        defer { lock.unlock() }
        return Array((found[query]?[place] ?? []).prefix(limit))
    }

    /// True when the mark itself is present in a place, whatever follows it.
    func isMarked(_ item: String, in place: PublicationPolicy.Place) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return marked[item]?.contains(place) == true
    }

    /// HTML-escapes text the way Mustache does, to find rendered values.
    static func escape(_ text: String) -> String { text.htmlEscaped }
}

private extension PublishedMarks {
    static let marker = Array("data-item=\"".utf8)
    static let tableEnd = Array("</table>".utf8)

    /// Finds `data-item="…"` by scanning UTF-8 bytes; each mark's segment runs to the next mark
    /// (a timetable's to the end of its table, which holds its people's marks), at most 4,000 bytes.
    static func forEachMark(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String, UnsafeBufferPointer<UInt8>) -> Void)
    {
        var starts: [(item: String, markStart: Int, valueEnd: Int)] = []
        var index = 0
        while let found = ByteSearch.find(marker, in: bytes, from: index) {
            let valueStart = found + marker.count
            guard let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            starts.append(
                (
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<close]), as: UTF8.self), found,
                    close
                ))
            index = close
        }
        for (position, start) in starts.enumerated() {
            let nextMark = position + 1 < starts.count ? starts[position + 1].markStart : bytes.count
            var end =
                start.item.hasPrefix("timetable:")
                ? (ByteSearch.find(tableEnd, in: bytes, from: start.valueEnd).map { $0 + tableEnd.count } ?? bytes.count)
                : min(nextMark, start.valueEnd + 4000)
            end = min(max(end, start.valueEnd), bytes.count)
            body(start.item, UnsafeBufferPointer(rebasing: bytes[start.valueEnd..<end]))
        }
    }

    func record(page: String, place: PublicationPolicy.Place, found pageQueries: [Query], marked items: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        for item in items { marked[item, default: []].insert(place) }
        for query in pageQueries {
            var pages = found[query, default: [:]][place, default: []]
            guard pages.count < listed || page < pages[pages.count - 1] else { continue }
            pages.insert(page, at: pages.firstIndex { $0 > page } ?? pages.count)
            if pages.count > listed { pages.removeLast() }
            found[query, default: [:]][place] = pages
        }
    }
}
