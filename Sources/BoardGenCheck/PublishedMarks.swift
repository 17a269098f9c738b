import BoardGenHTML
import BoardGenModel
import BoardGenSupport
import Foundation
import Synchronization

/// What the generated pages actually show a reader: each page is parsed as a browser parses it
/// (HTML5, `BoardGenHTML`), every element marked with a required item (`data-item`) is judged
/// against what the item must show, and markup that never displays does not count.
///
/// Pages are added one at a time as they are rendered (or read), from several threads at once,
/// and judged right away, so no page is kept in memory. A page counts only if a reader can reach
/// it by links: website pages from `index.html`, notices from `board/index.html`.
package final class PublishedMarks: Sendable {
    /// How many pages (the first by path) are remembered per item and place.
    let listed: Int
    let expectations: [PublishedItem: ExpectedContent]
    let state = Mutex(State())
    /// What earlier checks found on pages (`serve`), or nil.
    let memo: PageMarksMemo?

    /// A collector judging the given items; with a `memo`, a page whose bytes did not change since
    /// the memo's last check is not parsed again.
    package init(expectations: [PublishedItem: ExpectedContent], listed: Int, memo: PageMarksMemo? = nil) {
        self.listed = max(listed, 1)
        self.expectations = expectations
        self.memo = memo
        memo?.begin(expectations)
    }

    /// Judges one generated file; anything but HTML (feeds, CSS) is ignored.
    package func add(page: String, contents: Data) {
        guard page.hasSuffix(".html") else { return }
        if let known = memo?.entry(page: page, contents: contents) {
            return state.withLock { $0.record(page: page, links: known.links, sightings: known.sightings) }
        }
        let root = HTMLDocument.parse(bytes: contents)
        var links: Set<String> = []
        var seen: [PublishedItem: Sighting] = [:]
        root.visibleDescendants { element, path in
            guard !element.attributes.isEmpty else { return }  // neither a link nor a mark
            if element.tag == "a", let href = element.attributes["href"], let target = Self.resolve(href, from: page) {
                links.insert(target)
            }
            guard let mark = element.attributes["data-item"], let item = PublishedItem(mark: mark),
                let expected = expectations[item], seen[item]?.isShown != true
            else { return }
            seen[item] = Sighting(page: page, path: path(), result: Self.judge(element, against: expected))
        }
        state.withLock { $0.record(page: page, links: links, sightings: seen) }
        memo?.store(.init(contents: contents, links: links, sightings: seen), page: page)
    }

    /// Where a page belongs: a board notice, the printed board, or the website.
    package static func place(of page: String) -> PagePlace {
        guard page.hasPrefix("board/") else { return .site }
        switch page {
        case "board/print.html": return .printedBoard
        case "board/index.html": return .boardIndex
        default: return .board
        }
    }

    /// The first reachable pages (by path, at most `limit`) of a place where the item is shown as
    /// it must be. On the board, the item must also be on the printed board (board/print.html).
    package func pages(showing item: PublishedItem, in place: PublicationPolicy.Place, limit: Int = .max) -> [String] {
        state.withLock { state in
            let shown = state.pagesShowing(item, in: place).prefix(min(limit, listed))
            guard place == .board, !shown.isEmpty else { return Array(shown) }
            return state.isOnPrintedBoard(item) ? Array(shown) : []
        }
    }

    /// Why an item is not shown in a place, for the finding: nothing carries its mark, it is on
    /// pages no link reaches, it is shown wrongly (the first such page and element), or it is
    /// missing from the printed board.
    package func absence(of item: PublishedItem, in place: PublicationPolicy.Place) -> Absence {
        state.withLock { $0.absence(of: item, in: place) }
    }

    /// HTML-escapes text the way Mustache does.
    static func escape(_ text: String) -> String { text.htmlEscaped }
}

extension PublishedMarks {
    /// The kinds of pages a check reads.
    package enum PagePlace: Sendable, Hashable {
        case site, board, boardIndex, printedBoard
    }

    /// Why a required item was not found.
    package enum Absence: Sendable, Hashable {
        /// No reachable page of the place carries its mark.
        case notMarked
        /// Pages carry it, but no link from the place's index reaches them.
        case unreachable(page: String)
        /// The marked element shows something else (or hides it).
        case shownWrongly(page: String, path: String, problem: String)
        /// The page's markup shows it, but Chromium does not show it to a reader (`check --browser`).
        case unseenInBrowser(page: String, path: String, problem: String)
        /// Shown on the notices, but not on board/print.html, the sheet the secretary prints.
        case notPrinted
    }

    /// One judged element.
    struct Sighting: Sendable {
        var page: String
        var path: [String]
        /// nil when the element shows what it must; else what is wrong.
        var result: String?
        /// True when `result` is what Chromium saw, not what the markup says.
        var isBrowserVerdict = false
        var isShown: Bool { result == nil }
    }

    /// A link target as a page path of the output, or nil for other sites, mail and phone links.
    static func resolve(_ href: String, from page: String) -> String? {
        let target = String(href.prefix { $0 != "#" && $0 != "?" })
        guard !target.isEmpty else { return page }
        guard !target.contains(":"), !target.hasPrefix("/") else { return nil }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": _ = parts.popLast()
            case ".", "": continue
            default: parts.append(String(part))
            }
        }
        let path = parts.joined(separator: "/")
        return target.hasSuffix("/") || path.isEmpty ? (path.isEmpty ? "index.html" : path + "/index.html") : path
    }
}
